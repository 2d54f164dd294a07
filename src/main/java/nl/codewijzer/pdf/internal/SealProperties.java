package nl.codewijzer.pdf.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the school's seal certificate comes from ({@code codewijzer.seal.*}).
 *
 * @param keystore a PKCS#12 file with the school's private key and certificate chain
 * @param password the keystore's password (also the key's password, as PKCS#12 tools write it)
 * @param alias    the key entry to use; without it the keystore must hold exactly one key entry
 * @param demoDir  where demo mode keeps the self-signed certificate it makes on first start
 */
@ConfigurationProperties("codewijzer.seal")
public record SealProperties(@Nullable String keystore, @Nullable String password, @Nullable String alias,
        @Nullable String demoDir) {

    static final String DEFAULT_DEMO_DIR = "./data/seal";

    boolean keystoreConfigured() {
        return keystore != null && !keystore.isBlank();
    }

    String demoDirOrDefault() {
        return demoDir == null || demoDir.isBlank() ? DEFAULT_DEMO_DIR : demoDir;
    }
}
