package nl.codewijzer.pdf.internal;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.codewijzer.base.ShellBranding;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.NoSchoolCertificate;
import nl.codewijzer.pdf.PdfSeal;
import nl.codewijzer.pdf.SealCheck;
import nl.codewijzer.pdf.SealHealth;
import nl.codewijzer.pdf.SealLevel;
import nl.codewijzer.pdf.TimestampUnavailable;
import nl.codewijzer.pdf.TrustedTime;
import nl.codewijzer.security.SystemActor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals PDFs with a PAdES baseline signature made by the EU's DSS library (on PDFBox and BouncyCastle) at
 * the configured level: B-B, B-T (an RFC 3161 signature timestamp from the configured authority, or the
 * local demo one), B-LT (certificates and revocation data in the document's DSS dictionary) or B-LTA (a
 * document timestamp over it all). Checks seals with DSS's validator and the ETSI validation policy. See
 * docs/decisions/0012-seal-and-invitations.md and 0026-timestamped-seals-with-dss.md.
 *
 * <p>One class on purpose (over 400 lines): it is the only place that configures DSS, and sealing,
 * extending (renewal), checking and reading timestamps share that configuration (trust anchors,
 * revocation sources, the timestamp source, the policy); split, each part would need all of it.
 */
@Component
class PadesSeal implements PdfSeal, TrustedTime {

    /** Larger files are not read at all: uploads are capped far below this, and parsing costs memory. */
    static final int MAX_CHECKED_BYTES = 20 * 1024 * 1024;
    /** Room for the CMS in the file: an RSA 4096 key with a chain of three certificates and a timestamp token. */
    private static final int SIGNATURE_SPACE = 24 * 1024;
    /** The ETSI policy as DSS ships it, stricter on changes after signing: see {@link #POLICY}. */
    private static final String POLICY = "/pdf/seal-validation-policy.xml";
    private static final int FETCH_TIMEOUT_MILLIS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(PadesSeal.class);

    private final @Nullable SchoolCertificate certificate;
    private final Clock clock;
    private final Supplier<Optional<String>> schoolName;
    private final SealLevel level;
    private final @Nullable TimestampClient timestamps;
    private final @Nullable LocalTimestampAuthority localAuthority;
    /** Trust anchors for checking seals: the school's root, the authority's certificate, configured extra ones. */
    private final List<X509Certificate> anchors;
    private final byte[] policy;

    @Autowired
    PadesSeal(SealProperties properties, @Value("${codewijzer.demo.enabled:false}") boolean demo, Clock clock,
            Translations translations, ObjectProvider<ShellBranding> branding,
            ObjectProvider<LocalTimestampAuthority> localAuthority) {
        this(localAuthority.getIfAvailable(), properties, demo, clock, translations, branding);
    }

    private PadesSeal(@Nullable LocalTimestampAuthority localAuthority, SealProperties properties, boolean demo,
            Clock clock, Translations translations, ObjectProvider<ShellBranding> branding) {
        this(certificateFrom(properties, demo, clock, translations, localAuthority), clock,
                () -> nameFrom(branding), properties, localAuthority);
    }

    /** A B-B seal without any authority: what the tests of the signature itself use. */
    PadesSeal(@Nullable SchoolCertificate certificate, Clock clock, Supplier<Optional<String>> schoolName) {
        this(certificate, clock, schoolName, SealProperties.certificate(null, null, null, null), null);
    }

    PadesSeal(@Nullable SchoolCertificate certificate, Clock clock, Supplier<Optional<String>> schoolName,
            SealProperties properties, @Nullable LocalTimestampAuthority localAuthority) {
        this.certificate = certificate;
        this.clock = clock;
        this.schoolName = schoolName;
        this.localAuthority = localAuthority;
        var digest = TimestampClient.digest(properties.tsaHashAlgorithm());
        if (properties.tsaConfigured()) {
            timestamps = new TimestampClient(java.util.Objects.requireNonNull(properties.tsaUrl()).strip(), properties.tsaUsername(),
                    properties.tsaPassword(), digest, clock);
        } else if (localAuthority != null) {
            timestamps = new TimestampClient(localAuthority.url(), null, null, digest, clock);
        } else {
            timestamps = null;
        }
        // A self-signed certificate has no revocation data to embed: B-T is as far as it goes.
        var highest = timestamps == null ? SealLevel.B_B
                : certificate != null && selfSigned(certificate.certificate()) ? SealLevel.B_T : SealLevel.B_LTA;
        if (properties.level() == null || properties.level().isBlank()) {
            level = highest;
        } else {
            level = SealLevel.parse(properties.level()).orElseThrow(() -> new IllegalStateException(
                    "codewijzer.seal.level '" + properties.level() + "' is not one of B-B, B-T, B-LT, B-LTA"));
            if (!highest.atLeast(level)) {
                throw new IllegalStateException("codewijzer.seal.level " + level.label() + (timestamps == null
                        ? " needs a time-stamping authority: set codewijzer.seal.tsa-url (CODEWIJZER_SEAL_TSA_URL)"
                        : " needs a certificate issued by a CA (with revocation data); this one is self-signed"));
            }
        }
        var trusted = new ArrayList<X509Certificate>();
        if (certificate != null) {
            trusted.add(certificate.chain().getLast());
        }
        if (localAuthority != null) {
            trusted.add(localAuthority.anchor());
        }
        if (properties.trustedCertificates() != null && !properties.trustedCertificates().isBlank()) {
            trusted.addAll(readCertificates(Path.of(properties.trustedCertificates())));
        }
        anchors = List.copyOf(trusted);
        try (var in = PadesSeal.class.getResourceAsStream(POLICY)) {
            policy = java.util.Objects.requireNonNull(in, POLICY).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (certificate != null) {
            log.info("Seals are made at PAdES {}{}", level.label(),
                    timestamps == null ? " (no time-stamping authority configured)"
                            : " with timestamps from " + timestamps.url());
        }
    }

    private static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var certificates = new ArrayList<X509Certificate>();
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the trust anchors in " + file
                    + " (codewijzer.seal.trusted-certificates)", e);
        }
    }

    private static @Nullable SchoolCertificate certificateFrom(SealProperties properties, boolean demo, Clock clock,
            Translations translations, @Nullable LocalTimestampAuthority localAuthority) {
        if (properties.keystoreConfigured()) {
            var file = Path.of(properties.keystore()).toAbsolutePath().normalize();
            var password = properties.password() == null ? new char[0] : properties.password().toCharArray();
            var loaded = SchoolCertificate.fromKeystore(file, password, properties.alias());
            log.info("PDFs are sealed with the certificate of {} from {}",
                    loaded.certificate().getSubjectX500Principal().getName(), file);
            return loaded;
        }
        if (demo) {
            var folder = Path.of(properties.demoDirOrDefault()).toAbsolutePath().normalize();
            var made = SchoolCertificate.demo(folder,
                    translations.getTranslation("pdf.seal.demo-certificate-name", Translations.DUTCH), clock,
                    localAuthority == null ? null : localAuthority.ca());
            log.info("Demo mode: PDFs are sealed with the demo certificate in {}", folder);
            return made;
        }
        log.warn("No school certificate: the register and the adopted code cannot be sealed. Set "
                + "codewijzer.seal.keystore (a PKCS#12 file), codewijzer.seal.password and, if the file holds "
                + "several keys, codewijzer.seal.alias (or CODEWIJZER_SEAL_KEYSTORE, ...); see the README.");
        return null;
    }

    /** The school's name for the signature's Name entry; read as the system, since a seal may be made for anyone. */
    private static Optional<String> nameFrom(ObjectProvider<ShellBranding> branding) {
        var source = branding.getIfAvailable();
        if (source == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SystemActor.runAs(source::schoolName)).filter(name -> !name.isBlank());
        } catch (RuntimeException e) {
            log.warn("Cannot read the school name for the seal; the certificate's name is used", e);
            return Optional.empty();
        }
    }

    @Override
    public SealLevel level() {
        return level;
    }

    @Override
    public Optional<Instant> certificateValidUntil() {
        var school = certificate;
        return school == null ? Optional.empty() : Optional.of(school.certificate().getNotAfter().toInstant());
    }

    @Override
    public byte[] seal(byte[] pdf, String reason) {
        var school = certificate;
        if (school == null) {
            throw new NoSchoolCertificate();
        }
        var parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(dss(level));
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(school.certificate()));
        parameters.setCertificateChain(school.chain().stream().map(CertificateToken::new).toList());
        // PAdES keeps the claimed signing time in the dictionary's M entry, not in the CMS.
        parameters.bLevel().setSigningDate(Date.from(clock.instant()));
        // Keep the whole chain in the signature, the trust anchor too (a demo certificate is its own):
        // a verifier elsewhere needs the certificate to check the seal at all.
        parameters.bLevel().setTrustAnchorBPPolicy(false);
        parameters.setReason(reason);
        parameters.setSignerName(schoolName.get().orElseGet(() -> TimestampClient.commonName(school.certificate())));
        parameters.setContentSize(SIGNATURE_SPACE);
        if (timestamps != null) {
            parameters.getSignatureTimestampParameters().setDigestAlgorithm(timestamps.digest());
            parameters.getArchiveTimestampParameters().setDigestAlgorithm(timestamps.digest());
        }
        var service = service();
        DSSDocument document = new InMemoryDocument(pdf);
        try {
            var toBeSigned = service.getDataToSign(document, parameters);
            var signer = java.security.Signature.getInstance(school.signatureAlgorithm());
            signer.initSign(school.privateKey());
            signer.update(toBeSigned.getBytes());
            var value = new SignatureValue(SignatureAlgorithm.getAlgorithm(
                    EncryptionAlgorithm.forKey(school.certificate().getPublicKey()), DigestAlgorithm.SHA256),
                    signer.sign());
            return bytes(service.signDocument(document, parameters, value));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the school's key", e);
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }

    @Override
    public byte[] renew(byte[] sealed) {
        if (timestamps == null) {
            throw new IllegalStateException("Renewing a seal needs a time-stamping authority (codewijzer.seal.tsa-url)");
        }
        var parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_LTA);
        parameters.getArchiveTimestampParameters().setDigestAlgorithm(timestamps.digest());
        try {
            return bytes(service().extendDocument(new InMemoryDocument(sealed), parameters));
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }

    /** A failure of the authority, wherever DSS wrapped it, is reported as such; anything else as it is. */
    private static RuntimeException unavailableOr(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimestampUnavailable unavailable) {
                return unavailable;
            }
        }
        return e;
    }

    private static byte[] bytes(DSSDocument document) {
        try (var in = document.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PAdESService service() {
        var verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trustedSource());
        if (level.atLeast(SealLevel.B_LT)) {
            var loader = new CommonsDataLoader();
            loader.setTimeoutConnection(FETCH_TIMEOUT_MILLIS);
            loader.setTimeoutResponse(FETCH_TIMEOUT_MILLIS);
            var crls = new OnlineCRLSource(loader);
            verifier.setCrlSource(localAuthority == null ? crls : new DemoRevocationSource(localAuthority, crls));
            var ocspLoader = new OCSPDataLoader();
            ocspLoader.setTimeoutConnection(FETCH_TIMEOUT_MILLIS);
            ocspLoader.setTimeoutResponse(FETCH_TIMEOUT_MILLIS);
            verifier.setOcspSource(new OnlineOCSPSource(ocspLoader));
            verifier.setAIASource(new DefaultAIASource(loader));
        }
        // A self-signed certificate (the demo's, or a school's own) is its own trust anchor: it has no
        // revocation data to add, which is not a reason to refuse B-LT. A revoked or expired one still is.
        verifier.setAugmentationAlertOnSelfSignedCertificateChains(new LogOnStatusAlert(Level.INFO));
        var service = new PAdESService(verifier);
        if (timestamps != null) {
            service.setTspSource(timestamps.source());
        }
        return service;
    }

    private CommonTrustedCertificateSource trustedSource() {
        var source = new CommonTrustedCertificateSource();
        anchors.forEach(anchor -> source.addCertificate(new CertificateToken(anchor)));
        return source;
    }

    @Override
    public SealHealth health() {
        var authority = timestamps == null ? null : timestamps.url();
        if (certificate == null) {
            return new SealHealth(level, authority, false, "No school certificate (codewijzer.seal.keystore)");
        }
        if (timestamps == null || !level.atLeast(SealLevel.B_T)) {
            return new SealHealth(level, authority, true, null);
        }
        var problem = timestamps.problem();
        return new SealHealth(level, authority, problem == null, problem);
    }

    @Override
    public boolean available() {
        return timestamps != null;
    }

    @Override
    public Anchor stamp(byte[] sha256) {
        if (timestamps == null) {
            throw new IllegalStateException("No time-stamping authority (codewijzer.seal.tsa-url)");
        }
        return timestamps.stamp(sha256);
    }

    @Override
    public Optional<Anchor> read(byte[] token, byte[] sha256) {
        return TimestampClient.readToken(token, sha256);
    }

    static SignatureLevel dss(SealLevel level) {
        return switch (level) {
            case B_B -> SignatureLevel.PAdES_BASELINE_B;
            case B_T -> SignatureLevel.PAdES_BASELINE_T;
            case B_LT -> SignatureLevel.PAdES_BASELINE_LT;
            case B_LTA -> SignatureLevel.PAdES_BASELINE_LTA;
        };
    }

    static @Nullable SealLevel ours(@Nullable SignatureLevel level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case PAdES_BASELINE_B -> SealLevel.B_B;
            case PAdES_BASELINE_T -> SealLevel.B_T;
            case PAdES_BASELINE_LT -> SealLevel.B_LT;
            case PAdES_BASELINE_LTA -> SealLevel.B_LTA;
            default -> null;
        };
    }

    @Override
    public SealCheck check(byte[] pdf) {
        if (pdf.length == 0 || pdf.length > MAX_CHECKED_BYTES) {
            return SealCheck.unsealed();
        }
        long coveredUpTo;
        try (var document = Loader.loadPDF(pdf)) {
            var signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return SealCheck.unsealed();
            }
            coveredUpTo = signatures.stream().mapToLong(PadesSeal::endOf).max().orElse(-1);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            log.debug("Not a readable PDF: {}", e.toString());
            return SealCheck.unsealed();
        }
        try {
            return validate(pdf, coveredUpTo == pdf.length);
        } catch (RuntimeException | StackOverflowError e) {
            log.debug("Unreadable seal: {}", e.toString());
            return new SealCheck(true, false, false, null, null);
        }
    }

    @Override
    public Optional<Instant> timestampsValidUntil(byte[] sealed) {
        var validator = new PDFDocumentValidator(new InMemoryDocument(sealed));
        var verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trustedSource());
        validator.setCertificateVerifier(verifier);
        validator.setTokenExtractionStrategy(eu.europa.esig.dss.enumerations.TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
        var diagnostics = validator.validateDocument(new ByteArrayInputStream(policy)).getDiagnosticData();
        return diagnostics.getTimestampList().stream()
                .filter(timestamp -> timestamp.getSigningCertificate() != null)
                .max(java.util.Comparator.comparing(eu.europa.esig.dss.diagnostic.TimestampWrapper::getProductionTime))
                .map(newest -> java.util.Objects.requireNonNull(newest.getSigningCertificate()).getNotAfter().toInstant());
    }

    private SealCheck validate(byte[] pdf, boolean coversWholeFile) {
        var validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        // Offline: only what the file carries and our own trust anchors; an uploaded file must not make
        // this server fetch addresses it names.
        var verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trustedSource());
        validator.setCertificateVerifier(verifier);
        validator.setTokenExtractionStrategy(eu.europa.esig.dss.enumerations.TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
        var reports = validator.validateDocument(new ByteArrayInputStream(policy));
        var simple = reports.getSimpleReport();
        var ids = simple.getSignatureIdList();
        if (ids.isEmpty()) {
            return SealCheck.unsealed();
        }
        var id = ids.getLast();
        var signature = reports.getDiagnosticData().getSignatureById(id);
        var signingCertificate = signature.getSigningCertificate();
        var revision = signature.getPDFRevision();
        boolean unchanged = revision == null || (revision.getPdfUndefinedChanges().isEmpty()
                && revision.getPdfAnnotationChanges().isEmpty() && revision.getPdfSignatureOrFormFillChanges().isEmpty());
        boolean intact = signature.isSignatureIntact() && signature.isSignatureValid() && coversWholeFile && unchanged;
        var school = certificate;
        boolean bySchool = school != null && signingCertificate != null
                && java.util.Arrays.equals(signingCertificate.getBinaries(), encoded(school.certificate()));
        var timestamp = signature.getSignatureTimestamps().stream().findFirst();
        var indication = simple.getIndication(id);
        var subIndication = simple.getSubIndication(id);
        var claimed = signature.getClaimedSigningTime();
        return new SealCheck(true, intact, bySchool,
                signingCertificate == null ? null : displayName(signingCertificate),
                claimed == null ? null : claimed.toInstant(), ours(simple.getSignatureFormat(id)),
                timestamp.map(found -> found.getProductionTime().toInstant()).orElse(null),
                timestamp.map(found -> found.getSigningCertificate() == null ? null
                        : displayName(found.getSigningCertificate())).orElse(null),
                intact && indication == Indication.TOTAL_PASSED,
                indication + (subIndication == null ? "" : "/" + subIndication));
    }

    private static String displayName(eu.europa.esig.dss.diagnostic.CertificateWrapper certificate) {
        var name = certificate.getCommonName();
        return name == null || name.isBlank() ? certificate.getCertificateDN() : name;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where a signature's byte range ends; the latest signature is the one that covers the most. */
    private static long endOf(PDSignature signature) {
        var range = signature.getByteRange();
        return range.length == 4 ? (long) range[2] + range[3] : -1;
    }

    /**
     * The CMS structure at the start of the signature's contents. The space reserved in the file is
     * padded with zeros behind it, which BouncyCastle's strict parsing would refuse as extra data.
     */
    static ContentInfo cmsIn(byte[] contents) throws IOException {
        try (var in = new ASN1InputStream(contents)) {
            var first = in.readObject();
            if (first == null) {
                throw new IOException("No CMS structure in the signature");
            }
            return ContentInfo.getInstance(first);
        }
    }
}
