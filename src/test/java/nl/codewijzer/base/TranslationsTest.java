package nl.codewijzer.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.PasswordChange;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.MrGeleding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The translation bundles: complete in both languages, MessageFormat-safe, and covering every key
 * the code asks for. A missing key shows up in the UI as "!key!", a wrong apostrophe eats text.
 */
class TranslationsTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\d+(,[^}]*)?}");
    /** A resource key written as a Java string literal: "staff.import.bad-header", or a prefix "role.". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");

    /** module → language → key → text, read from the files themselves. */
    private static final Map<String, Map<String, Map<String, String>>> bundles = new TreeMap<>();
    private static Translations translations;

    @BeforeAll
    static void readBundles() throws IOException {
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        var name = Pattern.compile("(.+)_(nl|en)\\.properties");
        for (var resource : resources) {
            var matcher = name.matcher(String.valueOf(resource.getFilename()));
            assertThat(matcher.matches()).as("bundle file name %s", resource.getFilename()).isTrue();
            var properties = new Properties();
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            var texts = new TreeMap<String, String>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            bundles.computeIfAbsent(matcher.group(1), module -> new TreeMap<>()).put(matcher.group(2), texts);
        }
        translations = new Translations();
    }

    @Test
    void every_module_has_a_dutch_and_an_english_bundle_with_the_same_keys() {
        assertThat(bundles).containsKeys("base", "demo", "home", "school", "security", "staff");
        bundles.forEach((module, languages) -> {
            assertThat(languages).as("bundles of module %s", module).containsOnlyKeys("nl", "en");
            var dutch = languages.get("nl").keySet();
            var english = languages.get("en").keySet();
            assertThat(difference(dutch, english)).as("keys in %s_nl but not in %s_en", module, module).isEmpty();
            assertThat(difference(english, dutch)).as("keys in %s_en but not in %s_nl", module, module).isEmpty();
        });
        assertThat(translations.keys("en")).isEqualTo(translations.keys("nl"));
    }

    @Test
    void no_key_is_defined_in_two_modules() {
        for (var language : List.of("nl", "en")) {
            var owner = new TreeMap<String, String>();
            var clashes = new ArrayList<String>();
            bundles.forEach((module, languages) -> languages.get(language).keySet().forEach(key -> {
                var earlier = owner.putIfAbsent(key, module);
                if (earlier != null) {
                    clashes.add(key + " (" + earlier + " and " + module + ")");
                }
            }));
            assertThat(clashes).as("keys defined twice in the %s bundles; one silently wins", language).isEmpty();
        }
    }

    @Test
    void no_bundle_file_defines_a_key_twice() throws IOException {
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            var seen = new TreeSet<String>();
            var twice = new ArrayList<String>();
            try (var lines = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()) {
                lines.map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .filter(key -> !seen.add(key))
                        .forEach(twice::add);
            }
            assertThat(twice).as("keys written twice in %s", resource.getFilename()).isEmpty();
        }
    }

    @Test
    void texts_with_parameters_write_an_apostrophe_as_two() {
        var wrong = new ArrayList<String>();
        forEachText((where, text) -> {
            if (PARAMETER.matcher(text).find() && text.replace("''", "").contains("'")) {
                wrong.add(where + " = " + text);
            }
        });
        assertThat(wrong).as("MessageFormat texts with a single apostrophe (it would swallow text)").isEmpty();
    }

    @Test
    void texts_without_parameters_write_an_apostrophe_as_one() {
        var wrong = new ArrayList<String>();
        forEachText((where, text) -> {
            if (!PARAMETER.matcher(text).find() && text.contains("''")) {
                wrong.add(where + " = " + text);
            }
        });
        assertThat(wrong).as("plain texts are shown as written, so '' would show as two apostrophes").isEmpty();
    }

    @Test
    void every_text_with_parameters_fills_them_in_and_keeps_its_apostrophes() {
        forEachText((where, text) -> {
            var matcher = PARAMETER.matcher(text);
            if (!matcher.find()) {
                return;
            }
            var language = where.contains("_en:") ? Locale.ENGLISH : Translations.DUTCH;
            var shown = new MessageFormat(text, language).format(new Object[] {7, 7, 7, 7, 7, 7, 7, 7, 7});
            assertThat(PARAMETER.matcher(shown).find()).as("%s shows a raw placeholder: %s", where, shown).isFalse();
            assertThat(shown.chars().filter(c -> c == '\'').count()).as("apostrophes shown by %s", where)
                    .isEqualTo(text.replace("''", "'").chars().filter(c -> c == '\'').count());
        });
    }

    /**
     * MessageFormat on Java 23+ throws and catches an exception for every element with a pattern style
     * ({@code {1,number,#}}, {@code {0,choice,…}}) each time it parses a text; enrolling a school cost two per
     * person. Translations builds the same formats without it: the texts come out exactly as MessageFormat's own,
     * with numbers big enough to group, and no exception is thrown in java.text on the way (recorded by JFR).
     */
    @Test
    void every_text_with_parameters_comes_out_as_message_format_makes_it_without_an_exception_inside()
            throws IOException {
        var texts = new ArrayList<String[]>();
        forEachText((where, text) -> {
            if (PARAMETER.matcher(text).find()) {
                texts.add(new String[] {where, text});
            }
        });
        var argumentSets = List.of(new Object[] {1, 1, 1, 1, 1, 1, 1, 1, 1},
                new Object[] {1234, 1234, 1234, 1234, 1234, 1234, 1234, 1234, 1234});
        var expected = new ArrayList<String>();
        for (var args : argumentSets) {
            texts.forEach(text -> expected.add(text[0] + " = " + new MessageFormat(text[1], locale(text[0])).format(args)));
        }

        var shown = new ArrayList<String>();
        var recorded = Files.createTempFile("translations", ".jfr");
        try (var recording = new Recording()) {
            recording.enable("jdk.JavaExceptionThrow").withStackTrace();
            recording.start();
            for (var args : argumentSets) {
                texts.forEach(text -> shown.add(text[0] + " = "
                        + Translations.messageFormat(text[1], locale(text[0])).format(args)));
            }
            recording.stop();
            recording.dump(recorded);
        }
        var thrownInJavaText = new ArrayList<String>();
        for (var event : RecordingFile.readAllEvents(recorded)) {
            var stack = event.getStackTrace();
            if (event.getEventType().getName().equals("jdk.JavaExceptionThrow") && stack != null && stack.getFrames()
                    .stream().anyMatch(frame -> frame.getMethod().getType().getName().startsWith("java.text."))) {
                thrownInJavaText.add(event.getClass("thrownClass").getName() + " at " + stack.getFrames().stream()
                        .map(frame -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
                        .filter(frame -> frame.startsWith("java.text.")).findFirst().orElse("?"));
            }
        }
        Files.delete(recorded);

        assertThat(shown).isEqualTo(expected);
        assertThat(thrownInJavaText).as("exceptions thrown inside java.text while formatting %d texts", shown.size())
                .isEmpty();
    }

    private static Locale locale(String where) {
        return where.contains("_en:") ? Locale.ENGLISH : Translations.DUTCH;
    }

    @Test
    void a_missing_key_is_visible_and_english_falls_back_to_dutch_per_key() {
        assertThat(translations.getTranslation("nav.staff", Translations.DUTCH)).isEqualTo("Personeel");
        assertThat(translations.getTranslation("nav.staff", Locale.ENGLISH)).isNotEqualTo("Personeel").isNotBlank();
        assertThat(translations.getTranslation("no.such.key", Translations.DUTCH)).isEqualTo("!no.such.key!");
        assertThat(translations.getTranslation("staff.import.not-utf8", Translations.DUTCH)).contains("komma's");
        assertThat(translations.getTranslation("staff.count", Translations.DUTCH, 28)).isEqualTo("28 personen");
        assertThat(translations.getTranslation("staff.count", Translations.DUTCH, 1)).isEqualTo("1 persoon");
    }

    @Test
    void every_key_written_in_the_code_has_a_text() throws IOException {
        var known = translations.keys("nl");
        var missing = new TreeSet<String>();
        var prefixesWithoutKeys = new TreeSet<String>();
        int literals = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    var key = matcher.group(1);
                    if (key.startsWith("codewijzer.") || key.startsWith("org.") || key.startsWith("spring.")) {
                        continue; // an application property or a library's setting, not a text
                    }
                    if (key.startsWith("nl.codewijzer.")) {
                        continue; // a class named by its name (Application.main's move command), not a text
                    }
                    if (key.startsWith("element.") || key.startsWith("event.")) {
                        continue; // a browser-side expression for Vaadin's event data, not a text
                    }
                    literals++;
                    if (key.endsWith(".")) {
                        if (known.stream().noneMatch(k -> k.startsWith(key))) {
                            prefixesWithoutKeys.add(key + " in " + file.getFileName());
                        }
                    } else if (!known.contains(key)) {
                        missing.add(key + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(literals).as("the scan found the keys in the code at all").isGreaterThan(100);
        assertThat(missing).isEmpty();
        assertThat(prefixesWithoutKeys).isEmpty();
    }

    @Test
    void every_key_built_from_a_name_has_a_text() throws ClassNotFoundException {
        var needed = new TreeSet<String>();
        Arrays.stream(Role.values()).forEach(role -> {
            needed.add(role.labelKey());
            needed.add("home.role." + role.name());
        });
        Arrays.stream(MrGeleding.values()).map(MrGeleding::labelKey).forEach(needed::add);
        Arrays.stream(VotingGeleding.values()).map(VotingGeleding::labelKey).forEach(needed::add);
        Arrays.stream(MajorityRule.values()).map(MajorityRule::labelKey).forEach(needed::add);
        Arrays.stream(PasswordChange.Problem.values()).map(problem -> "password.problem." + problem.name())
                .forEach(needed::add);
        for (var status : Class.forName("nl.codewijzer.staff.ui.StaffAdminView$Status").getEnumConstants()) {
            needed.add("staff.filter.status." + ((Enum<?>) status).name());
        }
        for (var language : List.of("nl", "en")) {
            assertThat(difference(needed, translations.keys(language))).as("missing in %s", language).isEmpty();
        }
    }

    private interface TextVisitor {
        void visit(String where, String text);
    }

    private static void forEachText(TextVisitor visitor) {
        bundles.forEach((module, languages) -> languages.forEach((language, texts) ->
                texts.forEach((key, text) -> visitor.visit(module + "_" + language + ":" + key, text))));
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        var result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
