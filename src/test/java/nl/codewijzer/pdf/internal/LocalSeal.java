package nl.codewijzer.pdf.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.codewijzer.pdf.PdfSeal;
import nl.codewijzer.pdf.SealLevel;

/**
 * For benchmarks outside this package: a seal at a level, with the local demo authority and demo CA
 * (timestamps and revocation list over HTTP on the loopback address) in {@code folder}. Close it to stop
 * the authority.
 */
public final class LocalSeal implements AutoCloseable {

    private final LocalTimestampAuthority authority;
    private final PdfSeal seal;

    public LocalSeal(Path folder, SealLevel level) {
        var clock = Clock.systemUTC();
        authority = LocalTimestampAuthority.demo(folder.resolve("tsa"), "Benchmarktijdstempeldienst", clock, 0);
        var school = SchoolCertificate.demo(folder.resolve("school"), "De Linde (benchmark)", clock, authority.ca());
        seal = new PadesSeal(school, clock, () -> Optional.of("De Linde (benchmark)"),
                new SealProperties(null, null, null, null, level.label(), null, null, null, null, null, null),
                authority);
    }

    public PdfSeal seal() {
        return seal;
    }

    @Override
    public void close() {
        authority.close();
    }
}
