package nl.codewijzer.pdf.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local trust services for demo mode and tests: a small RFC 3161 time-stamping authority (BouncyCastle's
 * {@link TimeStampTokenGenerator}) behind a real HTTP endpoint on the loopback address ({@code POST /tsa},
 * {@code application/timestamp-query}), which the seal calls exactly as it calls a school's configured
 * TSA, and the revocation list of the demo CA that issued its certificate and the demo seal certificate
 * ({@code GET /crl}). The keys are made once and kept beside the demo seal certificate, so timestamps made
 * earlier keep validating after a restart. Not for real use: its time is only this server's clock.
 * See docs/decisions/0026-timestamped-seals-with-dss.md.
 */
final class LocalTimestampAuthority implements AutoCloseable {

    /** The demo TSA's policy: an OID under the arc for examples (RFC 7229 style), not a real policy. */
    static final ASN1ObjectIdentifier DEMO_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1");
    private static final int MAX_REQUEST_BYTES = 16 * 1024;
    private static final Set<ASN1ObjectIdentifier> ACCEPTED = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512);
    private static final Logger log = LoggerFactory.getLogger(LocalTimestampAuthority.class);

    private final SchoolCertificate tsa;
    private final SchoolCertificate ca;
    private final Clock clock;
    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor;
    private final AtomicLong serials = new AtomicLong();
    private final BigInteger serialBase;
    private final Set<BigInteger> revoked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean answering = true;

    /**
     * Starts the services on the given port (0: any free one): the authority signs with {@code tsa}'s key,
     * whose certificate {@code ca} issued; {@code ca} also signs the revocation list.
     */
    public LocalTimestampAuthority(SchoolCertificate tsa, SchoolCertificate ca, Clock clock, int port) {
        this.tsa = tsa;
        this.ca = ca;
        this.clock = clock;
        this.serialBase = BigInteger.valueOf(clock.millis()).shiftLeft(20);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the local time-stamping authority on port " + port
                    + " (codewijzer.seal.local-tsa-port)", e);
        }
        server.createContext("/tsa", this::answer);
        server.createContext("/crl", this::revocationList);
        executor = Executors.newSingleThreadExecutor(runnable -> {
            var thread = new Thread(runnable, "local-tsa");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        log.info("Local time-stamping authority (demo, not for real use) at {}", url());
    }

    /**
     * The demo services whose keys are kept in {@code folder} (a demo CA, and the authority's key with a
     * certificate from it): read if an earlier start made them, otherwise made now.
     */
    public static LocalTimestampAuthority demo(Path folder, String commonName, Clock clock, int port) {
        var ca = demoCa(folder, commonName, clock);
        var tsa = SchoolCertificate.kept(folder, "demo-tsa", random -> {
            var keys = SchoolCertificate.demoKeys(random);
            var certificate = SchoolCertificate.issue(commonName, keys.getPublic(), keys.getPrivate(), ca, clock,
                    random, new BasicConstraints(false), KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                    KeyPurposeId.id_kp_timeStamping);
            return new SchoolCertificate(keys.getPrivate(), SchoolCertificate.chain(certificate, ca));
        });
        return new LocalTimestampAuthority(tsa, ca, clock, port);
    }

    static SchoolCertificate demoCa(Path folder, String commonName, Clock clock) {
        return SchoolCertificate.kept(folder, "demo-ca", random -> {
            var keys = SchoolCertificate.demoKeys(random);
            var certificate = SchoolCertificate.issue(commonName + " CA", keys.getPublic(), keys.getPrivate(), null,
                    clock, random, new BasicConstraints(0), KeyUsage.keyCertSign | KeyUsage.cRLSign, null);
            return new SchoolCertificate(keys.getPrivate(), List.of(certificate));
        });
    }

    /** The demo CA: it issues the demo seal certificate and the authority's, and publishes their revocation list. */
    public SchoolCertificate ca() {
        return ca;
    }

    /** For tests: the certificate with this serial number is revoked from now on. */
    public void revoke(BigInteger serial) {
        revoked.add(serial);
    }

    /** Where the demo CA's current revocation list is served. */
    public String crlUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/crl";
    }

    /** Where the authority answers, for {@code codewijzer.seal.tsa-url}. */
    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/tsa";
    }

    /** The authority's own certificate. */
    public X509Certificate certificate() {
        return tsa.certificate();
    }

    /** The root of the authority's chain: a trust anchor for seals made with it. */
    public X509Certificate anchor() {
        return ca.certificate();
    }

    private void revocationList(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] crl;
            try {
                crl = crl();
            } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
                log.warn("Cannot make the demo revocation list", e);
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, crl.length);
            exchange.getResponseBody().write(crl);
        }
    }

    /** The demo CA's revocation list as of now (DER), valid a week. */
    byte[] crl() throws GeneralSecurityException, OperatorCreationException, IOException {
        var now = clock.instant();
        var issuer = org.bouncycastle.asn1.x500.X500Name.getInstance(
                ca.certificate().getSubjectX500Principal().getEncoded());
        var builder = new org.bouncycastle.cert.X509v2CRLBuilder(issuer, Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        for (var serial : revoked) {
            builder.addCRLEntry(serial, Date.from(now.minus(Duration.ofHours(1))),
                    org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
        }
        builder.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(
                BigInteger.valueOf(now.toEpochMilli())));
        var signer = new JcaContentSignerBuilder(ca.signatureAlgorithm()).build(ca.privateKey());
        return builder.build(signer).getEncoded();
    }


    /** For tests: a TSA that stops answering (503) and starts again, without a new port. */
    public void answering(boolean answering) {
        this.answering = answering;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!answering) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] request = readAtMost(exchange.getRequestBody(), MAX_REQUEST_BYTES);
            if (request == null) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            byte[] response;
            try {
                response = respond(request);
            } catch (IOException | TSPException | RuntimeException e) {
                log.debug("Refused a timestamp request: {}", e.toString());
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
        }
    }

    /** The DER time-stamp response to a DER time-stamp request; a refusal (wrong algorithm) is a response too. */
    byte[] respond(byte[] der) throws IOException, TSPException {
        var request = new TimeStampRequest(der);
        try {
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(tsa.signatureAlgorithm()).build(tsa.privateKey()), certificate());
            var tokens = new TimeStampTokenGenerator(signerInfo,
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    DEMO_POLICY);
            tokens.addCertificates(new JcaCertStore(tsa.chain()));
            var responses = new TimeStampResponseGenerator(tokens, ACCEPTED);
            var serial = serialBase.add(BigInteger.valueOf(serials.incrementAndGet()));
            return responses.generate(request, serial, Date.from(clock.instant())).getEncoded();
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IOException("Cannot make a timestamp", e);
        }
    }

    private static byte @org.jspecify.annotations.Nullable [] readAtMost(InputStream in, int limit) throws IOException {
        var bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
