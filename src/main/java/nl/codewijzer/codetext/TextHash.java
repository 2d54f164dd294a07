package nl.codewijzer.codetext;

import nl.codewijzer.base.Sha256;

/**
 * The SHA-256 of a version's exact text: of its UTF-8 bytes, nothing normalised. Anyone can
 * recompute it from the archive file's body, the PDF's text block or a signature record.
 */
public final class TextHash {

    private TextHash() {
    }

    public static String sha256(String text) {
        return Sha256.hex(text);
    }
}
