package nl.codewijzer;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the Spring context of the test class about to run the owner of the static
 * {@link SecurityContextHolder} again. Vaadin installs its own strategy instance (one per
 * context) there when a context starts. Spring Security's test annotations sign in through the
 * context's strategy bean while Vaadin's views read the static holder, so after a second context
 * has started (DemoSchoolOnExistingDatabaseTest), a test back on the shared context would find
 * nobody signed in.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
