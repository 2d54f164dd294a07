package nl.codewijzer.pdf.internal;

import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Revocation data for certificates of the demo CA: its revocation list, fetched over HTTP from the
 * local trust services (the demo certificates name no distribution point, since the services' port
 * changes between starts). Any other certificate goes to the online sources, through the addresses it names.
 */
final class DemoRevocationSource implements RevocationSource<CRL> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient LocalTimestampAuthority services;
    private final @Nullable RevocationSource<CRL> online;

    DemoRevocationSource(LocalTimestampAuthority services, @Nullable RevocationSource<CRL> online) {
        this.services = services;
        this.online = online;
    }

    @Override
    public @Nullable RevocationToken<CRL> getRevocationToken(CertificateToken certificate,
            CertificateToken issuer) {
        if (issuer != null && issuer.getCertificate().equals(services.anchor())) {
            try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                var response = client.send(HttpRequest.newBuilder(URI.create(services.crlUrl()))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    return null;
                }
                var validity = CRLUtils.buildCRLValidity(CRLUtils.buildCRLBinary(response.body()), issuer);
                var token = new CRLToken(certificate, validity);
                token.setExternalOrigin(RevocationOrigin.EXTERNAL);
                token.setSourceURL(services.crlUrl());
                return token;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return online == null ? null : online.getRevocationToken(certificate, issuer);
    }
}
