package nl.codewijzer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one Spring test configuration: the whole app on an in-memory database with the demo school
 * "De Linde (demo)" in it. Every Spring test class uses this annotation and nothing that changes
 * the context (no extra properties, no mock beans), so all of them share one cached context.
 * Tests that write data run in a transaction that is rolled back, or clean up after themselves,
 * so the 28 demo people are exactly what each test starts from. {@link ContextSecurityStrategy}
 * keeps signing in working when a test class with another context ran in between.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface CodewijzerTest {
}
