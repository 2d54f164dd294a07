package nl.codewijzer.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
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
        return params.length == 0 ? text : new MessageFormat(text, locale).format(localDates(params, locale));
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
