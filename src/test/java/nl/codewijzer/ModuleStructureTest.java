package nl.codewijzer;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the package-by-feature shape true: no cycles, nobody reaching into another module's internals. */
class ModuleStructureTest {

    @Test
    void modules_only_use_each_others_published_api() {
        ApplicationModules.of(Application.class).verify();
    }
}
