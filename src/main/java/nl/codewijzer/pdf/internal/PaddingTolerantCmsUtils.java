package nl.codewijzer.pdf.internal;

import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.object.CMSObjectUtils;
import eu.europa.esig.dss.model.DSSDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * DSS's CMS layer (dss-cms-object), but a signature's {@code /Contents} may carry the zero padding every
 * PDF signature has: the space reserved in the file is larger than the CMS. DSS 6.4 hands the padded
 * bytes to BouncyCastle, which since 1.84 refuses data after the structure ("Extra data detected in
 * stream"); with our BouncyCastle 1.87 no seal would validate. Only trailing zero bytes after one
 * definite-length DER SEQUENCE are cut; anything else goes to DSS unchanged. Registered ahead of DSS's
 * own in META-INF/services (our classes come first on the class path, in tests and in the jar).
 * See docs/decisions/0026-timestamped-seals-with-dss.md.
 */
public class PaddingTolerantCmsUtils extends CMSObjectUtils {

    @Override
    public CMS parseToCMS(byte[] binaries) {
        return super.parseToCMS(withoutPadding(binaries));
    }

    @Override
    public CMS parseToCMS(DSSDocument document) {
        try (var in = document.openStream()) {
            return parseToCMS(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes up to the end of the first DER SEQUENCE when only zeros follow it; otherwise the bytes as they are. */
    static byte[] withoutPadding(byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != 0x30) {
            return bytes;
        }
        int first = bytes[1] & 0xff;
        long total;
        if (first < 0x80) {
            total = 2L + first;
        } else if (first == 0x80) {
            return bytes; // indefinite length: BER, not ours to cut
        } else {
            int count = first & 0x7f;
            if (count > 4 || bytes.length < 2 + count) {
                return bytes;
            }
            long length = 0;
            for (int i = 0; i < count; i++) {
                length = length << 8 | (bytes[2 + i] & 0xff);
            }
            total = 2L + count + length;
        }
        if (total >= bytes.length) {
            return bytes;
        }
        for (int i = (int) total; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return bytes;
            }
        }
        return Arrays.copyOf(bytes, (int) total);
    }
}
