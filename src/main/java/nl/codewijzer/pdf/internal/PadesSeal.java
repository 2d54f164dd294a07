package nl.codewijzer.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.function.Supplier;
import nl.codewijzer.base.ShellBranding;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.NoSchoolCertificate;
import nl.codewijzer.pdf.PdfSeal;
import nl.codewijzer.pdf.SealCheck;
import nl.codewijzer.security.SystemActor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals PDFs with a PAdES baseline B-B signature (ETSI.CAdES.detached, SHA-256 with RSA) made by
 * PDFBox's external signing and BouncyCastle's CMS, and checks such seals. The certificate comes
 * from {@link SealProperties}; see docs/decisions/0012-seal-and-invitations.md.
 */
@Component
class PadesSeal implements PdfSeal {

    /** Larger files are not read at all: uploads are capped far below this, and parsing costs memory. */
    static final int MAX_CHECKED_BYTES = 20 * 1024 * 1024;
    /** Room for the CMS in the file: an RSA 4096 key with a chain of three certificates fits easily. */
    private static final int SIGNATURE_SPACE = 16 * 1024;
    private static final Logger log = LoggerFactory.getLogger(PadesSeal.class);

    private final @Nullable SchoolCertificate certificate;
    private final Clock clock;
    private final Supplier<Optional<String>> schoolName;

    @Autowired
    PadesSeal(SealProperties properties, @Value("${codewijzer.demo.enabled:false}") boolean demo, Clock clock,
            Translations translations, ObjectProvider<ShellBranding> branding) {
        this(certificateFrom(properties, demo, clock, translations), clock, () -> nameFrom(branding));
    }

    PadesSeal(@Nullable SchoolCertificate certificate, Clock clock, Supplier<Optional<String>> schoolName) {
        this.certificate = certificate;
        this.clock = clock;
        this.schoolName = schoolName;
    }

    private static @Nullable SchoolCertificate certificateFrom(SealProperties properties, boolean demo, Clock clock,
            Translations translations) {
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
                    translations.getTranslation("pdf.seal.demo-certificate-name", Translations.DUTCH), clock);
            log.info("Demo mode: PDFs are sealed with the self-signed demo certificate in {}", folder);
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
    public byte[] seal(byte[] pdf, String reason) {
        var school = certificate;
        if (school == null) {
            throw new NoSchoolCertificate();
        }
        try (var document = Loader.loadPDF(pdf); var options = new SignatureOptions()) {
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(schoolName.get().orElseGet(() -> displayName(school.certificate())));
            signature.setReason(reason);
            // PAdES keeps the claimed signing time in the dictionary's M entry, not in the CMS.
            signature.setSignDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, options);
            var out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SPACE * 3);
            var external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent().readAllBytes(), school));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the PDF", e);
        }
    }

    /**
     * A detached CMS signature over the content, with the signed attributes PAdES B-B asks for:
     * content type, message digest and ESS signing-certificate-v2 (which binds the certificate to
     * the signature), and without the CMS signing-time attribute, which PAdES forbids.
     */
    private static byte[] cms(byte[] content, SchoolCertificate school) throws IOException {
        try {
            var certificate = school.certificate();
            var certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            var issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
            var certificateId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    certificateHash, new IssuerSerial(new GeneralNames(new GeneralName(issuer)),
                            certificate.getSerialNumber()));
            var attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certificateId}))));
            var defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));

            var signer = new JcaContentSignerBuilder(school.signatureAlgorithm()).build(school.privateKey());
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(parameters -> defaults.getAttributes(parameters)
                            .remove(CMSAttributes.signingTime))
                    .build(signer, certificate);
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(school.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot make the CMS signature", e);
        }
    }

    @Override
    public SealCheck check(byte[] pdf) {
        if (pdf.length == 0 || pdf.length > MAX_CHECKED_BYTES) {
            return SealCheck.unsealed();
        }
        PDSignature latest;
        try (var document = Loader.loadPDF(pdf)) {
            latest = document.getSignatureDictionaries().stream()
                    .max((left, right) -> Long.compare(endOf(left), endOf(right)))
                    .orElse(null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            log.debug("Not a readable PDF: {}", e.toString());
            return SealCheck.unsealed();
        }
        if (latest == null) {
            return SealCheck.unsealed();
        }
        try {
            return checkSignature(latest, pdf);
        } catch (IOException | RuntimeException | StackOverflowError | GeneralSecurityException
                | OperatorCreationException | CMSException e) {
            log.debug("Unreadable seal: {}", e.toString());
            return new SealCheck(true, false, false, null, signedAt(latest));
        }
    }

    /** Where a signature's byte range ends; the latest signature is the one that covers the most. */
    private static long endOf(PDSignature signature) {
        var range = signature.getByteRange();
        return range.length == 4 ? (long) range[2] + range[3] : -1;
    }

    private SealCheck checkSignature(PDSignature signature, byte[] pdf) throws IOException, GeneralSecurityException,
            OperatorCreationException, CMSException {
        var range = signature.getByteRange();
        if (range.length != 4) {
            return new SealCheck(true, false, false, null, signedAt(signature));
        }
        long start = range[0];
        long firstLength = range[1];
        long secondStart = range[2];
        long secondLength = range[3];
        boolean wellFormed = start == 0 && firstLength > 0 && secondLength >= 0 && secondStart > firstLength + 1
                && secondStart + secondLength <= pdf.length;
        if (!wellFormed) {
            return new SealCheck(true, false, false, null, signedAt(signature));
        }
        // Everything outside the range must be the signature's own hex string: "<" hex digits ">".
        var contents = hexBetween(pdf, (int) firstLength, (int) secondStart);
        if (contents == null) {
            return new SealCheck(true, false, false, null, signedAt(signature));
        }
        boolean coversWholeFile = secondStart + secondLength == pdf.length;
        var signed = new byte[(int) (firstLength + secondLength)];
        System.arraycopy(pdf, 0, signed, 0, (int) firstLength);
        System.arraycopy(pdf, (int) secondStart, signed, (int) firstLength, (int) secondLength);

        var cms = new CMSSignedData(new CMSProcessableByteArray(signed), cmsIn(contents));
        var signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return new SealCheck(true, false, false, null, signedAt(signature));
        }
        var signer = signers.iterator().next();
        var holder = cms.getCertificates().getMatches(null).stream()
                .filter(candidate -> signer.getSID().match(candidate))
                .findFirst().orElse(null);
        if (holder == null) {
            return new SealCheck(true, false, false, null, signedAt(signature));
        }
        var certificate = new JcaX509CertificateConverter().getCertificate(holder);
        boolean valid = verifies(signer, holder) && certificateBound(signer, holder);
        var school = this.certificate;
        boolean bySchool = school != null && Arrays.equals(certificate.getEncoded(), school.certificate().getEncoded());
        return new SealCheck(true, valid && coversWholeFile, bySchool, displayName(certificate), signedAt(signature));
    }

    /** The signature over the signed attributes, and the message digest in them over the signed bytes. */
    private static boolean verifies(SignerInformation signer, X509CertificateHolder holder)
            throws OperatorCreationException, GeneralSecurityException {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
        } catch (CMSException e) {
            return false;
        }
    }

    /** When the signature names its certificate (ESS signing-certificate-v2), it must be this one. */
    private static boolean certificateBound(SignerInformation signer, X509CertificateHolder holder)
            throws IOException, OperatorCreationException {
        var attributes = signer.getSignedAttributes();
        var attribute = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        var ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0) {
            return false;
        }
        var id = ids[0];
        var calculator = new JcaDigestCalculatorProviderBuilder().build().get(id.getHashAlgorithm());
        try (var out = calculator.getOutputStream()) {
            out.write(holder.getEncoded());
        }
        return MessageDigest.isEqual(calculator.getDigest(), id.getCertHash());
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

    /** The bytes of the hex string that fills [from, to) exactly, or null if anything else is there. */
    private static byte @Nullable [] hexBetween(byte[] pdf, int from, int to) {
        if (to - from < 2 || pdf[from] != '<' || pdf[to - 1] != '>' || (to - from) % 2 != 0) {
            return null;
        }
        var bytes = new byte[(to - from - 2) / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(pdf[from + 1 + 2 * i], 16);
            int low = Character.digit(pdf[from + 2 + 2 * i], 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static @Nullable Instant signedAt(PDSignature signature) {
        try {
            var date = signature.getSignDate();
            return date == null ? null : date.toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The certificate's common name, or its whole subject when it has none. */
    private static String displayName(X509Certificate certificate) {
        var subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var names = subject.getRDNs(BCStyle.CN);
        return names.length > 0 ? IETFUtils.valueToString(names[0].getFirst().getValue()) : subject.toString();
    }
}
