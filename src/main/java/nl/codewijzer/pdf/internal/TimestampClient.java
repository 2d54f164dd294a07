package nl.codewijzer.pdf.internal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.codewijzer.pdf.TimestampUnavailable;
import nl.codewijzer.pdf.TrustedTime;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured RFC 3161 time-stamping authority, through DSS's {@link OnlineTSPSource}: short
 * timeouts, optional HTTP basic credentials, the configured digest. Any failure to get a token becomes
 * {@link TimestampUnavailable}, naming the authority. Also answers {@link TrustedTime} for the audit trail.
 */
final class TimestampClient implements TrustedTime {

    private static final Duration PROBE_INTERVAL = Duration.ofMinutes(1);
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(TimestampClient.class);

    private final String url;
    private final DigestAlgorithm digest;
    private final OnlineTSPSource source;
    private final Clock clock;
    private volatile @Nullable Probe lastProbe;

    private record Probe(Instant at, @Nullable String problem) {
    }

    TimestampClient(String url, @Nullable String username, @Nullable String password, DigestAlgorithm digest,
            Clock clock) {
        this.url = url;
        this.digest = digest;
        this.clock = clock;
        var loader = new TimestampDataLoader();
        loader.setTimeoutConnection(TIMEOUT_MILLIS);
        loader.setTimeoutConnectionRequest(TIMEOUT_MILLIS);
        loader.setTimeoutResponse(TIMEOUT_MILLIS);
        loader.setTimeoutSocket(TIMEOUT_MILLIS);
        if (username != null && !username.isBlank()) {
            var address = URI.create(url);
            int port = address.getPort() >= 0 ? address.getPort() : "https".equals(address.getScheme()) ? 443 : 80;
            loader.addAuthentication(address.getHost(), port, address.getScheme(), username,
                    password == null ? new char[0] : password.toCharArray());
        }
        this.source = new OnlineTSPSource(url, loader);
    }

    /** "SHA-256", "sha256", "SHA512" ...; the configured name, or a clear refusal at start-up. */
    static DigestAlgorithm digest(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return DigestAlgorithm.SHA256;
        }
        var normal = name.strip().toUpperCase(Locale.ROOT).replace("-", "");
        return switch (normal) {
            case "SHA256" -> DigestAlgorithm.SHA256;
            case "SHA384" -> DigestAlgorithm.SHA384;
            case "SHA512" -> DigestAlgorithm.SHA512;
            default -> throw new IllegalStateException("codewijzer.seal.tsa-hash-algorithm '" + name
                    + "' is not one of SHA-256, SHA-384, SHA-512");
        };
    }

    String url() {
        return url;
    }

    DigestAlgorithm digest() {
        return digest;
    }

    /** What DSS asks for timestamps; a failure is {@link TimestampUnavailable}, never a seal without one. */
    TSPSource source() {
        return (algorithm, digestValue) -> {
            try {
                var binary = source.getTimeStampResponse(algorithm, digestValue);
                lastProbe = new Probe(clock.instant(), null);
                return binary;
            } catch (RuntimeException e) {
                lastProbe = new Probe(clock.instant(), describe(e));
                log.warn("The time-stamping authority {} did not give a timestamp: {}", url, describe(e));
                throw new TimestampUnavailable(url, e);
            }
        };
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Anchor stamp(byte[] sha256) {
        TimestampBinary binary = source().getTimeStampResponse(DigestAlgorithm.SHA256, sha256);
        var token = binary.getBytes();
        return read(token, sha256).orElseThrow(() -> new TimestampUnavailable(url,
                new IOException("The authority's token does not verify or does not cover the digest")));
    }

    @Override
    public Optional<Anchor> read(byte[] token, byte[] sha256) {
        return readToken(token, sha256);
    }

    /** A token's time and signer if its signature verifies with the certificate inside it and its imprint is this digest. */
    static Optional<Anchor> readToken(byte[] token, byte[] sha256) {
        try {
            var parsed = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(token));
            var imprint = parsed.getTimeStampInfo().getMessageImprintDigest();
            if (!MessageDigest.isEqual(imprint, sha256)) {
                return Optional.empty();
            }
            var matches = parsed.getCertificates().getMatches(parsed.getSID());
            if (matches.isEmpty()) {
                return Optional.empty();
            }
            var holder = (X509CertificateHolder) matches.iterator().next();
            parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            return Optional.of(new Anchor(token, parsed.getTimeStampInfo().getGenTime().toInstant(),
                    commonName(holder.getSubject())));
        } catch (Exception e) {
            log.debug("A timestamp token does not verify: {}", e.toString());
            return Optional.empty();
        }
    }

    static String commonName(X500Name subject) {
        var names = subject.getRDNs(BCStyle.CN);
        return names.length > 0 ? IETFUtils.valueToString(names[0].getFirst().getValue()) : subject.toString();
    }

    static String commonName(X509Certificate certificate) {
        return commonName(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
    }

    /** Nothing when the authority answered within the last minute; otherwise asks it for a timestamp now. */
    @Nullable String problem() {
        var probe = lastProbe;
        if (probe != null && probe.at().plus(PROBE_INTERVAL).isAfter(clock.instant())) {
            return probe.problem();
        }
        try {
            source().getTimeStampResponse(DigestAlgorithm.SHA256, new byte[32]);
            return null;
        } catch (TimestampUnavailable e) {
            return describe(e.getCause() == null ? e : e.getCause());
        }
    }

    private String describe(Throwable e) {
        var message = e.getMessage();
        return "The time-stamping authority " + url + " does not answer"
                + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
