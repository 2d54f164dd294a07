package nl.codewijzer.pdf.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the school's seal certificate and its timestamps come from ({@code codewijzer.seal.*}).
 *
 * @param keystore            a PKCS#12 file with the school's private key and certificate chain
 * @param password            the keystore's password (also the key's password, as PKCS#12 tools write it)
 * @param alias               the key entry to use; without it the keystore must hold exactly one key entry
 * @param demoDir             where demo mode keeps the self-signed certificate it makes on first start
 * @param level               B-B, B-T, B-LT or B-LTA; empty: the highest the configuration allows
 * @param tsaUrl              the RFC 3161 time-stamping authority (CODEWIJZER_SEAL_TSA_URL); empty in demo
 *                            mode: the local demo authority
 * @param tsaUsername         HTTP basic credentials for the authority, if it asks for them
 * @param tsaPassword         the password that goes with {@code tsaUsername}
 * @param tsaHashAlgorithm    the digest the timestamp request carries: SHA-256 (default), SHA-384 or SHA-512
 * @param localTsaPort        the local demo authority's port on the loopback address; empty or 0: any free one
 * @param trustedCertificates a PEM file with extra trust anchors for checking seals: the root of the
 *                            authority's certificate, or of a school's earlier certificate
 */
@ConfigurationProperties("codewijzer.seal")
public record SealProperties(@Nullable String keystore, @Nullable String password, @Nullable String alias,
        @Nullable String demoDir, @Nullable String level, @Nullable String tsaUrl, @Nullable String tsaUsername,
        @Nullable String tsaPassword, @Nullable String tsaHashAlgorithm, @Nullable Integer localTsaPort,
        @Nullable String trustedCertificates) {

    static final String DEFAULT_DEMO_DIR = "./data/seal";

    /** Only the certificate: what the tests of the keystore need. */
    static SealProperties certificate(@Nullable String keystore, @Nullable String password, @Nullable String alias,
            @Nullable String demoDir) {
        return new SealProperties(keystore, password, alias, demoDir, null, null, null, null, null, null, null);
    }

    boolean keystoreConfigured() {
        return keystore != null && !keystore.isBlank();
    }

    boolean tsaConfigured() {
        return tsaUrl != null && !tsaUrl.isBlank();
    }

    String demoDirOrDefault() {
        return demoDir == null || demoDir.isBlank() ? DEFAULT_DEMO_DIR : demoDir;
    }

    int localTsaPortOrAny() {
        return localTsaPort == null ? 0 : localTsaPort;
    }
}
