package nl.codewijzer.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import nl.codewijzer.Application;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.ConsentVoting;
import nl.codewijzer.consent.OutcomeRules;
import nl.codewijzer.consent.VoteChoice;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.MrGeleding;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The consent round at the size of a real MR: 12 members voting as the whole MR and 40 comments.
 * Measures, on the demo school in an in-memory database, the outcome computation, the review
 * screen's data ({@link ConsentRounds#review}, target at most 50 ms server time) and the
 * instemmingsbesluit PDF against bare PDFBox writing the same text lines with the same font in the
 * same run (target at most 2x). Writes {@code target/benchmarks/consent.json}. Not a test.
 *
 * <p>Run alone: {@code mvn -q -B test-compile exec:java -Dbenchmark=nl.codewijzer.benchmark.ConsentBenchmark}
 */
public final class ConsentBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 21;
    private static final String PASSWORD = "benchmark-wachtwoord";

    private ConsentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // command-line arguments, not builder properties: those are defaults that application.properties overrides
        var context = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:mem:benchmark-consent;DB_CLOSE_DELAY=-1",
                "--codewijzer.demo.enabled=true", "--server.port=0", "--vaadin.launch-browser=false",
                "--codewijzer.archive.dir=target/benchmark-archive/consent",
                "--codewijzer.seal.demo-dir=target/benchmark-seal/consent", "--logging.level.root=warn");
        try {
            run(context.getBean(StaffService.class), context.getBean(CodeTexts.class),
                    context.getBean(ConsentRounds.class), context.getBean(ConsentSubmission.class),
                    context.getBean(ConsentVoting.class), context.getBean(UserDetailsService.class));
        } finally {
            context.close();
        }
    }

    private static <T> T as(UserDetailsService users, String email, Supplier<T> work) {
        return SystemActor.runAsPerson(users.loadUserByUsername(email), work);
    }

    private static void run(StaffService staff, CodeTexts codeTexts, ConsentRounds consent,
            ConsentSubmission submission, ConsentVoting consentVoting, UserDetailsService users) throws Exception {
        // the demo MR has six members; six more staff members make twelve
        var voters = new ArrayList<>(List.of("mr.voorzitter@school.example", "mr.lid@school.example",
                "karin.smit@school.example"));
        for (int i = 1; i <= 6; i++) {
            var email = "mr.extra" + i + "@school.example";
            int n = i;
            as(users, "beheerder@school.example", () -> staff.create(new PersonForm("MR-lid " + n, email,
                    Set.of(Role.MEDEWERKER, Role.MR_LID), MrGeleding.PERSONEEL, LocalDate.now(SchoolTime.ZONE)
                            .minusYears(1), null), PASSWORD));
            voters.add(email);
        }
        var today = LocalDate.now(SchoolTime.ZONE);
        var round = as(users, "directeur@school.example", () -> {
            var concept = codeTexts.createCode("Benchmarkcode", "gedragscode-sociale-media");
            return submission.submit(concept.id(), "Het team heeft de regels op de teamdag vastgesteld.",
                    today.plusDays(42), VotingGeleding.HELE_MR);
        });
        var sections = as(users, "mr.lid@school.example", () -> consent.review(round.id()).sections());
        for (int i = 0; i < 40; i++) {
            int n = i;
            as(users, voters.get(i % voters.size()), () -> consentVoting.comment(round.id(), sections.get(n % sections.size()),
                    "Opmerking " + n + ": kunnen we deze afspraak concreter maken voor mentoren en stagiairs?"));
        }
        for (int i = 0; i < voters.size(); i++) {
            var choice = i % 4 == 3 ? VoteChoice.NIET_INSTEMMEN : VoteChoice.INSTEMMEN;
            as(users, voters.get(i), () -> consentVoting.vote(round.id(), choice,
                    choice == VoteChoice.NIET_INSTEMMEN ? "De avondregel is te ruim." : null));
        }

        // outcome: the pure rules for twelve seats
        var seats = new ArrayList<OutcomeRules.Seat>();
        var votes = new HashMap<Long, VoteChoice>();
        for (long id = 1; id <= 12; id++) {
            seats.add(new OutcomeRules.Seat(id, id <= 9 ? MrGeleding.PERSONEEL : MrGeleding.OUDERS));
            votes.put(id, id % 4 == 0 ? VoteChoice.NIET_INSTEMMEN : VoteChoice.INSTEMMEN);
        }
        for (int i = 0; i < 10_000; i++) {
            OutcomeRules.decide(OutcomeRules.tally(VotingGeleding.HELE_MR, seats, votes), 50, MajorityRule.MEER_VOOR_DAN_TEGEN);
        }
        var outcomeTimes = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            OutcomeRules.decide(OutcomeRules.tally(VotingGeleding.HELE_MR, seats, votes), 50, MajorityRule.MEER_VOOR_DAN_TEGEN);
            outcomeTimes[i] = System.nanoTime() - start;
        }

        // the review screen's data and the PDF, as an MR member
        var reader = users.loadUserByUsername("mr.lid@school.example");
        var review = SystemActor.runAsPerson(reader, () -> consent.review(round.id()));
        byte[] pdf = SystemActor.runAsPerson(reader, () -> consent.decisionPdf(round.id(), Translations.DUTCH));
        var lines = BarePdfbox.textLines(pdf);
        var font = ConsentBenchmark.class.getResourceAsStream("/fonts/DejaVuSans.ttf").readAllBytes();
        for (int i = 0; i < WARM_UP; i++) {
            SystemActor.runAsPerson(reader, () -> consent.review(round.id()));
            SystemActor.runAsPerson(reader, () -> consent.decisionPdf(round.id(), Translations.DUTCH));
            BarePdfbox.write(lines, font, 10.5f, 1.42f);
        }
        var reviewTimes = new long[RUNS];
        var pdfTimes = new long[RUNS];
        var bareTimes = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            SystemActor.runAsPerson(reader, () -> consent.review(round.id()));
            reviewTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            SystemActor.runAsPerson(reader, () -> consent.decisionPdf(round.id(), Translations.DUTCH));
            pdfTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            BarePdfbox.write(lines, font, 10.5f, 1.42f);
            bareTimes[i] = System.nanoTime() - start;
        }
        double outcomeUs = median(outcomeTimes) * 1000;
        double reviewMs = median(reviewTimes);
        double pdfMs = median(pdfTimes);
        double bareMs = median(bareTimes);
        var json = String.format(Locale.ROOT, """
                {
                  "benchmark": "consent",
                  "java": "%s",
                  "runs": %d,
                  "mrMembers": %d,
                  "votesCast": %d,
                  "comments": %d,
                  "outcomeMedianMicros": %.2f,
                  "reviewDataMedianMs": %.2f,
                  "reviewTargetMs": 50,
                  "reviewWithinTarget": %s,
                  "decisionPdfMedianMs": %.2f,
                  "decisionPdfBytes": %d,
                  "barePdfboxMedianMs": %.2f,
                  "pdfRatio": %.2f,
                  "pdfTargetRatio": 2.0,
                  "pdfWithinTarget": %s
                }
                """, System.getProperty("java.version"), RUNS, review.tally().eligible(), review.tally().cast(),
                review.comments().size(), outcomeUs, reviewMs, reviewMs <= 50, pdfMs, pdf.length, bareMs,
                pdfMs / bareMs, pdfMs / bareMs <= 2.0);
        System.out.printf(Locale.ROOT, "outcome (12 seats): %.2f us; review data (12 members, 40 comments): %.2f ms "
                + "(target <= 50); instemmingsbesluit PDF: %.2f ms, bare PDFBox: %.2f ms, ratio %.2f (target <= 2)%n",
                outcomeUs, reviewMs, pdfMs, bareMs, pdfMs / bareMs);
        System.out.print(json);
        var out = Path.of("target", "benchmarks", "consent.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }


    private static double median(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }
}
