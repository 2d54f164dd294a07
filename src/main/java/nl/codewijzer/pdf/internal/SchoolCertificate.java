package nl.codewijzer.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The school's private key and certificate chain that seal PDFs: read from the configured PKCS#12
 * keystore, or, in demo mode, a self-signed certificate made once and kept in the data folder.
 * See docs/decisions/0012-seal-and-invitations.md.
 */
record SchoolCertificate(PrivateKey privateKey, List<X509Certificate> chain) {

    /** The demo keystore's file names; the password file sits beside it, readable by the owner only. */
    static final String DEMO_KEYSTORE = "demo-seal" + ".p12";
    static final String DEMO_PASSWORD = "demo-seal-password";
    private static final Duration DEMO_VALIDITY = Duration.ofDays(10 * 366);

    SchoolCertificate {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A seal needs a certificate");
        }
    }

    X509Certificate certificate() {
        return chain.getFirst();
    }

    /**
     * Reads the key entry from a PKCS#12 keystore. Throws with a message that names the file and
     * what is wrong with it: a configured but unusable keystore must stop the start, not seal nothing.
     */
    /** How this school's key signs: a school's certificate may hold an RSA or an EC (ECDSA) key. */
    String signatureAlgorithm() {
        return signatureAlgorithmOf(privateKey);
    }

    /** How {@code key} signs; only for the RSA and EC keys a school certificate may hold. */
    static String signatureAlgorithmOf(PrivateKey key) {
        return java.util.Objects.requireNonNull(signatureAlgorithm(key));
    }

    private static @Nullable String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> null;
        };
    }

    static SchoolCertificate fromKeystore(Path file, char[] password, @Nullable String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            var entry = alias == null || alias.isBlank() ? onlyKeyEntry(store, file) : alias;
            if (!store.isKeyEntry(entry)) {
                throw new IllegalStateException("The seal keystore " + file + " has no key entry with alias '"
                        + entry + "' (codewijzer.seal.alias); its aliases: " + Collections.list(store.aliases()));
            }
            var key = store.getKey(entry, password);
            var certificates = store.getCertificateChain(entry);
            if (!(key instanceof PrivateKey privateKey) || certificates == null || certificates.length == 0) {
                throw new IllegalStateException("The seal keystore entry '" + entry + "' in " + file
                        + " holds no private key with a certificate");
            }
            if (signatureAlgorithm(privateKey) == null) {
                throw new IllegalStateException("The seal keystore entry '" + entry + "' in " + file + " holds a "
                        + privateKey.getAlgorithm() + " key; a seal needs an RSA or EC key");
            }
            var chain = new ArrayList<X509Certificate>();
            for (Certificate certificate : certificates) {
                chain.add((X509Certificate) certificate);
            }
            return new SchoolCertificate(privateKey, chain);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the seal keystore " + file
                    + " (codewijzer.seal.keystore): missing, unreadable or a wrong codewijzer.seal.password", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the seal keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKeyEntry(KeyStore store, Path file) throws GeneralSecurityException {
        var keyEntries = new ArrayList<String>();
        for (var alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keyEntries.add(alias);
            }
        }
        if (keyEntries.size() != 1) {
            throw new IllegalStateException("The seal keystore " + file + " holds " + keyEntries.size()
                    + " key entries " + keyEntries + "; name one with codewijzer.seal.alias");
        }
        return keyEntries.getFirst();
    }

    /**
     * The demo certificate in {@code folder}: read if an earlier start made it, otherwise made now
     * (an EC key on P-256, valid ten years) and stored as a PKCS#12 file with a random password in a file beside
     * it. Both files and the folder are readable by the app's user only. Issued by {@code issuer} (the
     * demo CA of the local trust services) when given, so that its revocation status can be published
     * and a seal can reach B-LT; self-signed otherwise.
     */
    static SchoolCertificate demo(Path folder, String commonName, Clock clock) {
        return demo(folder, commonName, clock, null);
    }

    static SchoolCertificate demo(Path folder, String commonName, Clock clock, @Nullable SchoolCertificate issuer) {
        return kept(folder, "demo-seal", random -> {
            var keys = demoKeys(random);
            var certificate = issue(commonName, keys.getPublic(), keys.getPrivate(), issuer, clock, random,
                    new BasicConstraints(false), KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null);
            return new SchoolCertificate(keys.getPrivate(), chain(certificate, issuer));
        });
    }

    /** Makes a key and its certificate chain, the first time only. */
    interface Maker {
        SchoolCertificate make(SecureRandom random) throws IOException, GeneralSecurityException,
                OperatorCreationException;
    }

    /**
     * The key entry kept in {@code folder} as {@code name}.p12 with its password in {@code name}-password:
     * read if there, otherwise made by {@code maker} and written, owner-only, password first.
     */
    static SchoolCertificate kept(Path folder, String name, Maker maker) {
        var keystore = folder.resolve(name + ".p12");
        var passwordFile = folder.resolve(name + "-password");
        try {
            if (Files.exists(keystore) && Files.exists(passwordFile)) {
                var password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
                return fromKeystore(keystore, password, null);
            }
            var random = new SecureRandom();
            var made = maker.make(random);
            var password = new byte[32];
            random.nextBytes(password);
            var passwordText = Base64.getUrlEncoder().withoutPadding().encodeToString(password);
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(name, made.privateKey(), passwordText.toCharArray(),
                    made.chain().toArray(new Certificate[0]));
            createPrivateFolder(folder);
            // The password first: a keystore without its password file would be made again, not half-read.
            writePrivately(passwordFile, passwordText.getBytes(StandardCharsets.US_ASCII));
            var bytes = new ByteArrayOutputStream();
            store.store(bytes, passwordText.toCharArray());
            writePrivately(keystore, bytes.toByteArray());
            return made;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the demo key " + name + " in " + folder
                    + " (codewijzer.seal.demo-dir)", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make the demo certificate " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A demo key: EC on P-256, as strong as RSA 3072 and made in milliseconds, where an RSA key took
     * seconds (3 to 8 s for the three demo keys with the C1-only JIT the test runs use, measured).
     * A school's own certificate may hold RSA or EC; the demo keys of an earlier start stay as they are.
     */
    static java.security.KeyPair demoKeys(SecureRandom random) throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    static List<X509Certificate> chain(X509Certificate certificate, @Nullable SchoolCertificate issuer) {
        var chain = new ArrayList<X509Certificate>();
        chain.add(certificate);
        if (issuer != null) {
            chain.addAll(issuer.chain());
        }
        return chain;
    }

    /**
     * A demo certificate valid ten years: signed by {@code issuer}'s key when given, by its own key
     * ({@code ownKey}) otherwise; with an extended key usage when one is given (critical).
     */
    static X509Certificate issue(String commonName, java.security.PublicKey publicKey, PrivateKey ownKey,
            @Nullable SchoolCertificate issuer, Clock clock, SecureRandom random, BasicConstraints constraints,
            int keyUsage, org.bouncycastle.asn1.x509.@Nullable KeyPurposeId extendedKeyUsage)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        var issuerName = issuer == null ? subject
                : org.bouncycastle.asn1.x500.X500Name.getInstance(
                        issuer.certificate().getSubjectX500Principal().getEncoded());
        var now = clock.instant();
        var builder = new JcaX509v3CertificateBuilder(issuerName, new BigInteger(128, random).setBit(127),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(DEMO_VALIDITY)), subject, publicKey);
        try {
            builder.addExtension(Extension.basicConstraints, true, constraints);
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            if (extendedKeyUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new org.bouncycastle.asn1.x509.ExtendedKeyUsage(extendedKeyUsage));
            }
        } catch (CertIOException e) {
            throw new IOException(e);
        }
        var signingKey = issuer == null ? ownKey : issuer.privateKey();
        var signer = new JcaContentSignerBuilder(signatureAlgorithmOf(signingKey)).build(signingKey);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static void createPrivateFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (posix()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Written to a temporary file with owner-only permissions from the start, then moved into place. */
    static void writePrivately(Path file, byte[] content) throws IOException {
        var temp = posix()
                ? Files.createTempFile(file.getParent(), ".seal", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), ".seal", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
