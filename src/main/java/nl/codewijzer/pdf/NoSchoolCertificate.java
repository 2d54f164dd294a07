package nl.codewijzer.pdf;

import nl.codewijzer.base.InvalidInput;

/**
 * Sealing was asked for, but no school certificate is configured (and demo mode, which would make
 * one, is off). Nothing was sealed. The error handler shows "Geen schoolcertificaat ingesteld";
 * the log at start-up says which properties to set.
 */
public class NoSchoolCertificate extends InvalidInput {

    public NoSchoolCertificate() {
        super("seal", "pdf.seal.no-certificate");
    }
}
