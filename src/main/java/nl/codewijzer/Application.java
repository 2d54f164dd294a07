package nl.codewijzer;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import nl.codewijzer.base.SchoolTime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Boots Codewijzer and declares the app shell: global style sheets, and server push (WebSocket to the
 * browser, requests over HTTP, so every action passes Spring Security; see decision 0009).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/codewijzer.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (moving(args)) {
            var command = new SpringApplication();
            // named, not referenced: the operations module depends on this package (Reactions)
            command.setSources(Set.of("nl.codewijzer.operations.MoveCommand"));
            command.setWebApplicationType(WebApplicationType.NONE);
            command.run(args);
            return;
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Whether this start moves a school from H2 to PostgreSQL (operations.MoveToPostgres): a command
     * that ends by itself, in a small application of its own without a web server (operations.MoveCommand).
     */
    private static boolean moving(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--codewijzer.move-from-h2="));
    }

    /** The app's icon in the browser tab and on a phone's home screen (frontend/favicon.ico answers /favicon.ico for anything else that asks). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon-192.png", "192x192");
    }

    @Bean
    Clock clock() {
        return Clock.system(SchoolTime.ZONE);
    }
}
