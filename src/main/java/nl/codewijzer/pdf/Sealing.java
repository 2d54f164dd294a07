package nl.codewijzer.pdf;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Seals a document the school hands to outsiders (the register, the adopted code, the MR's
 * consent decision) when a school certificate is configured, and otherwise gives the same
 * document unsealed, saying so on its face: a document the school can hand over beats none at
 * all. A time-stamping authority that does not answer is not a reason to hand out less: then the
 * action fails with {@link TimestampUnavailable}'s message.
 */
@Component
public class Sealing {

    private static final Logger log = LoggerFactory.getLogger(Sealing.class);

    private final ObjectProvider<PdfSeal> seal;
    /**
     * Whether the last attempt to seal found a school certificate; until one is made, assume so. The
     * certificate is read at start-up, so once none was found, none will be until a restart.
     */
    private volatile boolean certificateFound = true;

    public Sealing(ObjectProvider<PdfSeal> seal) {
        this.seal = seal;
    }

    /** Whether documents are sealed (as far as the last attempt showed). */
    public boolean sealing() {
        return seal.getIfAvailable() != null && certificateFound;
    }

    /**
     * The document sealed, or unsealed when there is no school certificate.
     *
     * @param render typesets the document; its argument says whether it will be sealed, so that an
     *               unsealed document can say it is not
     * @param reason the seal's reason, as PDF readers show it
     */
    public byte[] sealedIfPossible(Function<Boolean, byte[]> render, String reason) {
        var sealer = seal.getIfAvailable();
        if (sealer == null || !certificateFound) {
            return render.apply(false);
        }
        try {
            var sealed = sealer.seal(render.apply(true), reason);
            certificateFound = true;
            return sealed;
        } catch (NoSchoolCertificate none) {
            log.warn("'{}' is not sealed: no school certificate is configured (codewijzer.seal.keystore)", reason);
            certificateFound = false;
            return render.apply(false);
        }
    }
}
