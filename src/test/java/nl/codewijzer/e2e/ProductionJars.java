package nl.codewijzer.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts production jars for a test, prints their logs when the test fails (the reason is usually
 * there), and kills any that are still running when the test ends, whatever its outcome.
 */
final class ProductionJars implements AfterTestExecutionCallback, AfterEachCallback {

    private final List<ProductionJar> started = new ArrayList<>();

    ProductionJar start(Path workingFolder, String logName, String... extraArguments) {
        var jar = ProductionJar.start(workingFolder, logName, extraArguments);
        started.add(jar);
        return jar;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            started.forEach(jar -> System.out.println(jar.logText()));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(ProductionJar::close);
        started.clear();
    }
}
