package nl.codewijzer.codetext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.codewijzer.codetext.internal.FrontMatter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The templates and examples from {@code codes/}: those bundled in the jar, plus any Markdown file
 * in the folder {@code codewijzer.templates.dir} (default {@code ./codes}) that a school or
 * maintainer adds; a file there replaces a bundled one with the same id. Read once at start.
 */
@Component
public class CodeTemplates {

    private static final Logger log = LoggerFactory.getLogger(CodeTemplates.class);
    private final Map<String, CodeTemplate> byId;

    CodeTemplates(@Value("${codewijzer.templates.dir:codes}") String folder) {
        var found = new LinkedHashMap<String, CodeTemplate>();
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:codes/*.md")) {
                try (var in = resource.getInputStream()) {
                    read(new String(in.readAllBytes(), StandardCharsets.UTF_8), String.valueOf(resource.getFilename()))
                            .ifPresent(template -> found.put(template.id(), template));
                }
            }
            var dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (var file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                        read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString())
                                .ifPresent(template -> found.put(template.id(), template));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the code templates", e);
        }
        this.byId = Map.copyOf(found);
        log.info("Loaded {} code template(s): {}", byId.size(), byId.keySet());
    }

    private static Optional<CodeTemplate> read(String text, String fileName) {
        var parsed = FrontMatter.parse(text);
        var id = parsed.get("id");
        var title = parsed.get("title");
        var kind = parsed.get("kind");
        if (id == null || title == null || kind == null) {
            return Optional.empty(); // e.g. the folder's README
        }
        try {
            var type = CodeTemplate.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            return Optional.of(new CodeTemplate(id, title, type, parsed.get("template"), parsed.body().strip() + "\n"));
        } catch (IllegalArgumentException e) {
            log.warn("Skipping {}: unknown kind '{}'", fileName, kind);
            return Optional.empty();
        }
    }

    public List<CodeTemplate> all() {
        return byId.values().stream().sorted(Comparator.comparing(CodeTemplate::title)).toList();
    }

    public List<CodeTemplate> templates() {
        return all().stream().filter(t -> t.kind() == CodeTemplate.Kind.TEMPLATE).toList();
    }

    public Optional<CodeTemplate> find(@Nullable String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
}
