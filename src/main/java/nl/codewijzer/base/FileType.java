package nl.codewijzer.base;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;

/**
 * The types of file people upload (a paper signature's scan, the MR's attachments), each with the
 * name endings that may carry it and the first bytes its content starts with. An upload's type is
 * what its name and its content agree on: a JPEG renamed to {@code .pdf} is no PDF.
 */
public enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, ".pdf"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, ".jpg", ".jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, ".png");

    private final String mediaType;
    private final byte[] magic;
    private final String[] endings;

    FileType(String mediaType, byte[] magic, String... endings) {
        this.mediaType = mediaType;
        this.magic = magic;
        this.endings = endings;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the content starts with this type's first bytes. */
    public boolean startsContent(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Whether the file name ends as this type's files do (case does not matter). */
    public boolean names(String fileName) {
        var name = fileName.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(endings).anyMatch(name::endsWith);
    }

    /** The type both the name and the content say, if they agree on one of these. */
    public static Optional<FileType> of(String fileName, byte[] content, FileType... accepted) {
        return Arrays.stream(accepted.length == 0 ? values() : accepted)
                .filter(type -> type.names(fileName) && type.startsContent(content)).findFirst();
    }

    /**
     * Whether the content is a PDF that opens: it starts as one and PDFBox reads its structure
     * without a password. The first bytes alone would let a text file starting with "%PDF-" through.
     */
    public static boolean opensAsPdf(byte[] content) {
        if (!PDF.startsContent(content)) {
            return false;
        }
        try (var document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException unreadable) {
            // broken, truncated or locked with a password: the MR could not open it either
            return false;
        }
    }
}
