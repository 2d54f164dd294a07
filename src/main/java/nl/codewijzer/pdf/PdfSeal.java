package nl.codewijzer.pdf;

/**
 * Seals PDFs with the school's certificate (a PAdES signature) and checks seals. The register of
 * signatures and the adopted code are sealed so that any later change to the file shows.
 */
public interface PdfSeal {

    /** The same document with a PAdES (ETSI.CAdES.detached) signature over all of its bytes. */
    byte[] seal(byte[] pdf, String reason);

    /** Whether the document carries a seal, and whether that seal still covers it unchanged. */
    SealCheck check(byte[] pdf);
}
