package nl.codewijzer.benchmark;

/**
 * Runs every benchmark in one go: {@code mvn -q -DskipTests package exec:java} ("package" so that the
 * team-day benchmark finds Vaadin's production bundle). Each prints its figures and
 * writes them as JSON to {@code target/benchmarks/}. Not a test: timings on a shared 2-core machine
 * vary, so targets are reported, never asserted.
 */
public final class AllBenchmarks {

    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        RenderAndDiffBenchmark.main(args);
        PdfBenchmark.main(args);
        ConsentBenchmark.main(args);
        TeamDayBenchmark.main(args);
        TwoServersTeamDayBenchmark.main(args);
        SigningBenchmark.main(args);
        AuditChainBenchmark.main(args);
        BackgroundWorkBenchmark.main(args);
        ReminderBenchmark.main(args);
        SealBenchmark.main(args);
        ScimBenchmark.main(args);
        LoginThrottleBenchmark.main(args);
        PublicPageBenchmark.main(args);
        WordCloudBenchmark.main(args);
    }
}
