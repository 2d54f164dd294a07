package nl.codewijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the package-by-feature shape true: no cycles, nobody reaching into another module's
 * internals, and every arrow between modules one that the module's {@code allowedDependencies}
 * (in its {@code package-info.java}) names, so the map in docs/modules is the code's map.
 */
class ModuleStructureTest {

    static final Path DOCS = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modulith-docs");

    @Test
    void modules_only_use_each_others_published_api_along_the_allowed_arrows() {
        ApplicationModules.of(Application.class).verify();
    }

    /**
     * The check above can fail: in a fixture shaped like our map, {@code staff} calls {@code codetext}
     * (an arrow its {@code allowedDependencies} leaves out), and verifying reports exactly that arrow,
     * not the allowed ones beside it.
     */
    @Test
    void a_forbidden_arrow_is_reported() {
        var violations = ApplicationModules.of("nl.codewijzer.testfixture.modulemap", location -> true)
                .detectViolations();

        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessages()).hasSize(1).first().asString()
                .contains("staff", "codetext", "People", "Texts")
                .doesNotContain("Meetings", "Settings");
    }

    /**
     * Writes the module documentation (the component diagram of all modules, one diagram and one
     * canvas per module) into target/modulith-docs on every run. The copy committed in docs/modules
     * must show the same arrows between modules: when it does not, the test copies the new files
     * there and fails, so the change shows up in git to be committed. The canvases' details (a new
     * service, a new bean reference) do not fail the build; {@code -Dmodule-docs=refresh} copies
     * them over.
     */
    @Test
    void the_committed_module_map_has_the_codes_arrows() {
        new Documenter(ApplicationModules.of(Application.class),
                Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        var generated = contents(GENERATED);
        var committed = Files.isDirectory(DOCS) ? contents(DOCS) : Map.<String, String>of();
        assertThat(arrows(generated)).as("arrows read from the generated diagram").contains(
                "Application.Application.Teamday -> Application.Application.Codetext");
        boolean sameArrows = arrows(generated).equals(arrows(committed));
        if (!sameArrows || "refresh".equals(System.getProperty("module-docs"))) {
            copy(generated);
        }
        assertThat(arrows(committed)).as("the arrows in docs/modules/components.puml (now rewritten: commit docs/modules)")
                .isEqualTo(arrows(generated));
    }

    /** "from -> to" for every relation in the diagram of all modules, whatever its label and order. */
    private static Set<String> arrows(Map<String, String> files) {
        var relation = Pattern.compile("^Rel\\(([^,]+), ([^,]+),");
        return files.getOrDefault("components.puml", "").lines().map(relation::matcher).filter(Matcher::find)
                .map(found -> found.group(1).trim() + " -> " + found.group(2).trim())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> contents(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals("README.md"))
                    .collect(Collectors.toMap(file -> file.getFileName().toString(), ModuleStructureTest::read,
                            (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Map<String, String> files) {
        try {
            Files.createDirectories(DOCS);
            try (var old = Files.list(DOCS)) {
                for (var file : old.filter(f -> !f.getFileName().toString().equals("README.md")).toList()) {
                    Files.delete(file);
                }
            }
            for (var file : files.entrySet()) {
                Files.writeString(DOCS.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
