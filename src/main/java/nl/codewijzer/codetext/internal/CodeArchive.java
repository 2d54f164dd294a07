package nl.codewijzer.codetext.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.codetext.ArchiveReport;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.codetext.VersionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every version as a plain Markdown file with YAML front matter, outside the database:
 * {@code <dir>/<code>/v<N>.md}. Files are written atomically (temporary file, then rename), so a
 * crash never leaves half a file. The file of an adopted version is final and never rewritten.
 */
@Component
public class CodeArchive {

    private static final Logger log = LoggerFactory.getLogger(CodeArchive.class);
    private final Path root;

    CodeArchive(@Value("${codewijzer.archive.dir:./data/codes}") String folder) {
        this.root = Path.of(folder).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path fileOf(CodeVersion version) {
        return root.resolve(version.code().slug()).resolve("v" + version.number() + ".md");
    }

    /** Writes (or rewrites) a version's file, unless it already holds the adopted, final text. */
    public void write(CodeVersion version) throws IOException {
        var file = fileOf(version);
        Files.createDirectories(file.getParent());
        var temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, contentOf(version), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** After a status change: drafts get their front matter updated; an adopted version's file stays as it is. */
    public void statusChanged(CodeVersion version, VersionStatus previous) throws IOException {
        if (previous.isFinal() && Files.exists(fileOf(version))) {
            return;
        }
        write(version);
    }

    /**
     * Writes every version from the database. A final (adopted) file that matches is left alone;
     * a file whose text differs from the database is reported and written anew.
     */
    public ArchiveReport rebuild(List<CodeVersion> versions) {
        int written = 0;
        int unchanged = 0;
        var mismatched = new ArrayList<String>();
        for (var version : versions) {
            var file = fileOf(version);
            try {
                if (Files.exists(file)) {
                    var body = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8)).body();
                    boolean matches = TextHash.sha256(body).equals(version.sha256());
                    if (!matches) {
                        mismatched.add(root.relativize(file).toString());
                    } else if (version.status().isFinal() || contentOf(version).equals(Files.readString(file))) {
                        unchanged++;
                        continue;
                    }
                }
                write(version);
                written++;
            } catch (IOException | RuntimeException e) {
                log.error("Cannot write archive file {}", file, e);
                mismatched.add(root.relativize(file) + " (" + e.getMessage() + ")");
            }
        }
        return new ArchiveReport(root.toString(), versions.size(), written, unchanged, List.copyOf(mismatched));
    }

    static String contentOf(CodeVersion version) {
        return "---\n"
                + "code: " + version.code().slug() + "\n"
                + "title: " + FrontMatter.quote(version.code().title()) + "\n"
                + "version: " + version.number() + "\n"
                + "status: " + version.status().archiveName() + "\n"
                + "author: " + FrontMatter.quote(version.authorName()) + "\n"
                + "date: " + version.createdAt() + "\n"
                + "message: " + FrontMatter.quote(version.message()) + "\n"
                + "source: " + FrontMatter.quote(version.source()) + "\n"
                + "parent: " + (version.parentNumber() == null ? "null" : version.parentNumber()) + "\n"
                + "sha256: " + version.sha256() + "\n"
                + "---\n"
                + version.markdown();
    }
}
