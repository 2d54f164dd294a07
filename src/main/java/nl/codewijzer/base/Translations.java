package nl.codewijzer.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string, from the bundles {@code i18n/<module>_nl.properties} and
 * {@code i18n/<module>_en.properties} (UTF-8). Each module keeps its own pair, so features do not
 * edit one shared file. Texts with parameters are {@link MessageFormat} patterns: write an
 * apostrophe there as {@code ''}; texts without parameters are returned as written.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);
    private static final Pattern BUNDLE_NAME = Pattern.compile(".*_(nl|en)\\.properties$");
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    /** The styles {@link MessageFormat} knows by name; any other style of a format element is a pattern. */
    private static final Set<String> NAMED_STYLES = Set.of("", "short", "medium", "long", "full", "integer", "currency",
            "percent", "compact_short", "compact_long", "or", "unit");

    private final Map<String, Map<String, String>> textsByLanguage;

    public Translations() {
        this.textsByLanguage = load();
    }

    private static Map<String, Map<String, String>> load() {
        var result = new HashMap<String, Map<String, String>>();
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            for (var resource : resources) {
                var matcher = BUNDLE_NAME.matcher(String.valueOf(resource.getFilename()));
                if (!matcher.matches()) {
                    continue;
                }
                var properties = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                var texts = result.computeIfAbsent(matcher.group(1), language -> new HashMap<>());
                properties.forEach((key, value) -> texts.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the translation bundles", e);
        }
        return Map.copyOf(result);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var text = textOf(key, locale);
        if (text == null) {
            log.warn("Missing translation for key '{}'", key);
            return "!" + key + "!";
        }
        return params.length == 0 ? text : messageFormat(text, locale).format(localDates(params, locale));
    }

    /**
     * The same {@link MessageFormat} as {@code new MessageFormat(pattern, locale)}, built without the exception
     * that constructor throws and catches inside for every format element with a pattern style
     * ({@code {1,number,#}}, {@code {0,choice,…}}): on Java 23 and later it first asks for a named style and only
     * then, in the exception's catch block, reads the style as a pattern. Enrolling a school's staff cost two such
     * exceptions per person, and every choice text one per use. Here the top-level elements with a pattern style
     * become plain {@code {N}} and get the same sub-format MessageFormat would have made, set by hand. The scan
     * follows {@code MessageFormat.applyPattern}: quotes, nested braces, and spaces before the type.
     * Texts nested in a choice are still parsed by MessageFormat when the choice is formatted;
     * {@code TranslationsTest} checks that none of them has a pattern style.
     */
    static MessageFormat messageFormat(String pattern, Locale locale) {
        var plain = new StringBuilder(pattern.length());
        var subformats = new java.util.ArrayList<@Nullable Format>();
        boolean inQuote = false;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                plain.append("''");
                i++;
            } else if (ch == '\'') {
                inQuote = !inQuote;
                plain.append(ch);
            } else if (ch == '{' && !inQuote) {
                int end = elementEnd(pattern, i + 1);
                if (end < 0) {
                    return new MessageFormat(pattern, locale); // unmatched: let MessageFormat say so
                }
                var element = pattern.substring(i + 1, end);
                var parts = element.split(",", 3);
                var type = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
                var style = parts.length > 2 ? parts[2] : "";
                var format = NAMED_STYLES.contains(style.strip().toLowerCase(Locale.ROOT)) ? null
                        : subformat(type, style, locale);
                if (format == null) {
                    plain.append(pattern, i, end + 1);
                    subformats.add(null);
                } else {
                    plain.append('{').append(parts[0].strip()).append('}');
                    subformats.add(format);
                }
                i = end;
            } else {
                plain.append(ch);
            }
        }
        var result = new MessageFormat(plain.toString(), locale);
        for (int element = 0; element < subformats.size(); element++) {
            var format = subformats.get(element);
            if (format != null) {
                result.setFormat(element, format);
            }
        }
        return result;
    }

    /** The index of the brace that closes the format element starting at {@code from}, or -1. */
    private static int elementEnd(String pattern, int from) {
        boolean inQuote = false;
        int depth = 0;
        for (int i = from; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (inQuote) {
                inQuote = ch != '\'';
            } else if (ch == '\'') {
                inQuote = true;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** What MessageFormat makes of a pattern style, or null for a type this does not build (MessageFormat does). */
    private static @Nullable Format subformat(String type, String style, Locale locale) {
        return switch (type) {
            case "number" -> new DecimalFormat(style, DecimalFormatSymbols.getInstance(locale));
            case "choice" -> new ChoiceFormat(style);
            case "date", "time" -> new SimpleDateFormat(style, locale);
            default -> null;
        };
    }

    /**
     * A {@link LocalDate} parameter (a service's message names a day: "closed on 4 December 2026")
     * reads as a long date in the reader's language; MessageFormat itself only formats {@code Date}.
     */
    private static Object[] localDates(Object[] params, Locale locale) {
        var result = params.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof LocalDate day) {
                result[i] = DateTexts.date(day, locale);
            }
        }
        return result;
    }

    /**
     * The text of {@code key} if there is one, else {@code recorded} as it is: for names written down
     * elsewhere (an audit row's action) that may or may not have a label.
     */
    public String getTranslationOr(String key, Locale locale, String recorded) {
        var text = textOf(key, locale);
        return text == null ? recorded : text;
    }

    private @Nullable String textOf(String key, Locale locale) {
        var language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        var text = textsByLanguage.getOrDefault(language, Map.of()).get(key);
        return text != null ? text : textsByLanguage.getOrDefault("nl", Map.of()).get(key);
    }

    /** The keys known in one language; used by the test that keeps the bundles complete. */
    public Set<String> keys(String language) {
        return textsByLanguage.getOrDefault(language, Map.of()).keySet();
    }
}
