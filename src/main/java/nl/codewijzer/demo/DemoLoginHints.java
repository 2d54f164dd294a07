package nl.codewijzer.demo;

import java.util.List;
import nl.codewijzer.security.LoginHints;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo logins for the login page; this bean exists only while demo mode is on. */
@Component
@ConditionalOnProperty(name = "codewijzer.demo.enabled", havingValue = "true")
class DemoLoginHints implements LoginHints {

    @Override
    public List<Hint> hints() {
        return DemoSchool.LOGINS.stream().map(login -> new Hint(login.email(), login.descriptionKey())).toList();
    }

    @Override
    public String password() {
        return DemoSchool.PASSWORD;
    }
}
