package nl.codewijzer.codetext.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.codetext.VersionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeArchiveTest {

    @TempDir
    Path folder;

    private final ConductCode code = new ConductCode("gedragscode-sociale-media", "Gedragscode \"sociale\" media", null,
            Instant.parse("2026-09-01T08:00:00Z"));

    private CodeVersion version(int number, String text) {
        return new CodeVersion(code, number, text, 7L, "Samira El Idrissi", Instant.parse("2026-09-01T10:15:00Z"),
                "Na de teamdag: avondregel", "Teamdag 1 september", number > 1 ? number - 1 : null);
    }

    @Test
    void a_version_file_has_front_matter_and_exactly_the_text() throws Exception {
        var archive = new CodeArchive(folder.toString());
        var text = "# Gedragscode\n\nGeen berichten na 19.00 uur, ook niet 's avonds.\n| a | b |\n|---|---|\n| é | Ł |\n";
        var version = version(2, text);

        archive.write(version);

        var file = folder.resolve("gedragscode-sociale-media/v2.md");
        var content = Files.readString(file, StandardCharsets.UTF_8);
        var parsed = FrontMatter.parse(content);
        assertThat(parsed.values()).containsEntry("code", "gedragscode-sociale-media")
                .containsEntry("title", "Gedragscode \"sociale\" media")
                .containsEntry("version", "2")
                .containsEntry("status", "concept")
                .containsEntry("author", "Samira El Idrissi")
                .containsEntry("date", "2026-09-01T10:15:00Z")
                .containsEntry("source", "Teamdag 1 september")
                .containsEntry("parent", "1")
                .containsEntry("sha256", TextHash.sha256(text));
        assertThat(parsed.body()).isEqualTo(text);
        assertThat(TextHash.sha256(parsed.body())).isEqualTo(version.sha256());
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers.map(Path::getFileName).map(Path::toString)).containsExactly("v2.md"); // no temp files
        }
    }

    @Test
    void a_status_change_updates_a_draft_but_never_rewrites_an_adopted_version() throws Exception {
        var archive = new CodeArchive(folder.toString());
        var version = version(1, "# Tekst\n");
        archive.write(version);
        version.moveTo(VersionStatus.TER_INSTEMMING, Instant.EPOCH);
        archive.statusChanged(version, VersionStatus.CONCEPT);
        var file = folder.resolve("gedragscode-sociale-media/v1.md");
        assertThat(FrontMatter.parse(Files.readString(file)).get("status")).isEqualTo("ter-instemming");

        version.moveTo(VersionStatus.INGESTEMD, Instant.EPOCH);
        archive.statusChanged(version, VersionStatus.TER_INSTEMMING);
        version.moveTo(VersionStatus.VASTGESTELD, Instant.EPOCH);
        archive.statusChanged(version, VersionStatus.INGESTEMD);
        var adopted = Files.readString(file);
        assertThat(FrontMatter.parse(adopted).get("status")).isEqualTo("vastgesteld");

        version.moveTo(VersionStatus.VERVANGEN, Instant.EPOCH);
        archive.statusChanged(version, VersionStatus.VASTGESTELD);
        assertThat(Files.readString(file)).isEqualTo(adopted);
    }

    @Test
    void rebuilding_restores_missing_files_and_reports_a_file_whose_text_was_changed() throws Exception {
        var archive = new CodeArchive(folder.toString());
        var first = version(1, "# Eerste tekst\n");
        var second = version(2, "# Tweede tekst\n");
        archive.write(first);
        archive.write(second);
        var tampered = folder.resolve("gedragscode-sociale-media/v1.md");
        Files.writeString(tampered, Files.readString(tampered).replace("Eerste", "Gewijzigde"));
        Files.delete(folder.resolve("gedragscode-sociale-media/v2.md"));

        var report = archive.rebuild(List.of(first, second));

        assertThat(report.mismatched()).containsExactly(Path.of("gedragscode-sociale-media", "v1.md").toString());
        assertThat(report.written()).isEqualTo(2);
        assertThat(FrontMatter.parse(Files.readString(tampered)).body()).isEqualTo("# Eerste tekst\n");
        assertThat(FrontMatter.parse(Files.readString(folder.resolve("gedragscode-sociale-media/v2.md"))).body())
                .isEqualTo("# Tweede tekst\n");

        var again = archive.rebuild(List.of(first, second));
        assertThat(again.mismatched()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);
    }
}
