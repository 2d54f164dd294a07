package nl.codewijzer.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Sha256;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.school.VotingGeleding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The documents the MR receives with a consent round (issue 15): attachments the schoolleiding adds. */
@CodewijzerTest
@RecordApplicationEvents
class ConsentDocumentsTest {

    static final String DIRECTEUR = "directeur@school.example";
    static final String LID = "mr.lid@school.example";
    static final String VOORZITTER = "mr.voorzitter@school.example";

    @Autowired
    ConsentDocuments documents;

    @Autowired
    ConsentRounds consent;

    @Autowired
    ConsentSubmission submission;

    @Autowired
    ConsentDecisions decisions;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    Translations translations;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ConsentVoting voting;

    @Autowired
    nl.codewijzer.staff.PersonalData personalData;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Autowired
    nl.codewijzer.notification.Notifications notifications;

    @Autowired
    ConsentFollowUps followUps;

    @Autowired
    nl.codewijzer.teamday.TeamMeetings meetings;

    @Autowired
    nl.codewijzer.teamday.MeetingPlanning planning;

    @Autowired
    nl.codewijzer.teamday.MeetingFlow meetingFlow;

    @Autowired
    nl.codewijzer.teamday.MeetingDecisions meetingDecisions;

    @Autowired
    nl.codewijzer.teamday.MeetingDrafts meetingDrafts;

    @Autowired
    nl.codewijzer.teamday.DraftMinutes draftMinutes;

    static final String RULE = "Alleen via de kanalen van school, nooit via een privéaccount.";

    private RoundSummary openRound() {
        SignIn.as(users, DIRECTEUR);
        var concept = codeTexts.createCode("Stukkentest " + System.nanoTime(), "gedragscode-sociale-media");
        return submission.submit(concept.id(), "Afgesproken op de teamdag.", LocalDate.now(SchoolTime.ZONE).plusDays(14),
                VotingGeleding.PERSONEEL);
    }

    /** A real PDF of {@code pages} empty pages. */
    static byte[] pdf(int pages) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private String dutch(Throwable refused) {
        var problem = ((InvalidInput) refused).problems().getFirst();
        assertThat(problem.field()).isIn("attachment", "document");
        return translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray());
    }

    @Test
    void the_schoolleiding_attaches_a_pdf_that_the_round_lists_with_its_size_hash_and_uploader_on_the_audit_trail()
            throws IOException {
        var round = openRound();
        var content = pdf(2);

        var added = documents.attach(round.id(), "C:\\fakepath\\Advies vertrouwenspersoon.pdf", content);

        var expectedHash = Sha256.hex(content);
        assertThat(added.name()).isEqualTo("Advies vertrouwenspersoon.pdf");
        assertThat(documents.documents(round.id())).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(RoundDocument.Kind.ATTACHMENT);
            assertThat(line.name()).isEqualTo("Advies vertrouwenspersoon.pdf");
            assertThat(line.sizeBytes()).isEqualTo(content.length);
            assertThat(line.sha256()).isEqualTo(expectedHash).hasSize(64);
            assertThat(line.addedBy()).isEqualTo("Pieter van Dijk");
            assertThat(line.addedAt()).isNotNull();
        });
        SignIn.as(users, LID);
        assertThat(notifications.inbox()).anyMatch(entry -> entry.subject().equals(
                "Nieuw stuk bij het voorstel: " + round.codeTitle() + ", versie " + round.versionNumber())
                && entry.body().contains("Pieter van Dijk heeft het stuk \u2018Advies vertrouwenspersoon.pdf\u2019")
                && ("instemming/ronde/" + round.id()).equals(entry.link()));
        SignIn.as(users, "docent@school.example");
        assertThat(notifications.inbox()).noneMatch(entry -> entry.subject().contains(round.codeTitle()));
        assertThat(events.stream(ConsentAttachmentAdded.class)).singleElement().satisfies(event -> {
            assertThat(event.auditAction()).isEqualTo("consent.attachment-added");
            assertThat(event.auditObjectId()).isEqualTo(Long.toString(round.id()));
            assertThat(event.auditDetails()).contains("sha256=" + expectedHash, "size=" + content.length);
        });
    }

    @Test
    void a_jpeg_renamed_to_pdf_a_text_posing_as_a_pdf_and_an_11_mb_file_are_refused_in_dutch_and_nothing_is_kept()
            throws IOException {
        var round = openRound();
        var jpeg = new byte[2048];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        jpeg[3] = (byte) 0xE0;
        var fakePdf = "%PDF-1.7\nthis is no PDF at all\n".getBytes(StandardCharsets.US_ASCII);
        var good = pdf(1);
        var tooLarge = Arrays.copyOf(good, 11 * 1024 * 1024); // a real PDF's start, padded to 11 MB

        assertThat(dutch(catchThrowable(() -> documents.attach(round.id(), "foto.pdf", jpeg))))
                .isEqualTo("Dit bestand is geen PDF");
        assertThat(dutch(catchThrowable(() -> documents.attach(round.id(), "notulen.pdf", fakePdf))))
                .isEqualTo("Dit bestand is geen PDF");
        assertThat(dutch(catchThrowable(() -> documents.attach(round.id(), "groot.pdf", tooLarge))))
                .isEqualTo("Het bestand is groter dan 10 MB");
        assertThat(dutch(catchThrowable(() -> documents.attach(round.id(), null, null))))
                .isEqualTo("Kies eerst een PDF-bestand.");
        assertThat(documents.documents(round.id())).isEmpty();
        assertThat(events.stream(ConsentAttachmentAdded.class)).isEmpty();

        documents.attach(round.id(), "bijlage.pdf", good);
        assertThat(dutch(catchThrowable(() -> documents.attach(round.id(), "nogmaals.pdf", good))))
                .isEqualTo("Dit bestand is al bij deze ronde gevoegd.");
        assertThat(documents.documents(round.id())).hasSize(1);
    }

    @Test
    void the_uploader_finds_the_attachments_they_added_in_their_own_data_file() throws IOException {
        var round = openRound();
        var content = pdf(1);
        documents.attach(round.id(), "Eigen bijlage.pdf", content);

        var file = json.readTree(personalData.ownDataAsJson());

        assertThat(file.get("consent").get("attachments").values()).anySatisfy(attachment -> {
            assertThat(attachment.get("roundId").asLong()).isEqualTo(round.id());
            assertThat(attachment.get("fileName").asString()).isEqualTo("Eigen bijlage.pdf");
            assertThat(attachment.get("sha256").asString()).isEqualTo(Sha256.hex(content));
            assertThat(attachment.has("content")).isFalse();
        });
    }

    @Test
    void the_schoolleiding_takes_back_a_wrong_attachment_while_the_round_is_open_and_the_trail_keeps_its_hash()
            throws IOException {
        var round = openRound();
        var wrong = pdf(1);
        var added = documents.attach(round.id(), "verkeerd.pdf", wrong);
        var kept = documents.attach(round.id(), "goed.pdf", pdf(2));

        SignIn.as(users, LID);
        assertThatThrownBy(() -> documents.remove(round.id(), added.id())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DIRECTEUR);
        documents.remove(round.id(), added.id());

        assertThat(documents.documents(round.id())).extracting(RoundDocument::id).containsExactly(kept.id());
        assertThat(events.stream(ConsentAttachmentRemoved.class)).singleElement()
                .satisfies(event -> assertThat(event.auditDetails()).contains("sha256=" + Sha256.hex(wrong)));
        assertThat(dutch(catchThrowable(() -> documents.remove(round.id(), added.id()))))
                .isEqualTo("Dit stuk bestaat niet (meer) bij deze ronde.");
        documents.attach(round.id(), "toch.pdf", wrong); // the same file may come back after removal
    }

    @Test
    void only_the_schoolleiding_attaches_and_a_plain_medewerker_neither_lists_nor_opens_the_documents()
            throws IOException {
        var round = openRound();
        var added = documents.attach(round.id(), "begroting.pdf", pdf(1));

        for (var other : new String[] {LID, VOORZITTER, "coordinator@school.example"}) {
            SignIn.as(users, other);
            assertThatThrownBy(() -> documents.attach(round.id(), "x.pdf", pdf(1)))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> documents.attach(round.id(), "x.pdf", pdf(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.documents(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.attachment(round.id(), added.id())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, DIRECTEUR);
        assertThat(documents.documents(round.id())).hasSize(1);
    }

    @Test
    void an_mr_member_and_the_coordinator_open_the_attachment_as_uploaded_but_not_through_another_round()
            throws IOException {
        var round = openRound();
        var content = pdf(3);
        var added = documents.attach(round.id(), "advies.pdf", content);
        var other = openRound();

        SignIn.as(users, LID);
        assertThat(documents.documents(round.id())).extracting(RoundDocument::name).containsExactly("advies.pdf");
        assertThat(documents.attachment(round.id(), added.id())).isEqualTo(content);
        SignIn.as(users, "coordinator@school.example");
        assertThat(documents.attachment(round.id(), added.id())).isEqualTo(content);
        assertThat(dutch(catchThrowable(() -> documents.attachment(other.id(), added.id()))))
                .isEqualTo("Dit stuk bestaat niet (meer) bij deze ronde.");
    }

    @Test
    void the_instemmingsbesluit_lists_each_attachment_by_name_and_sha256_and_a_closed_round_takes_no_more()
            throws IOException {
        var round = openRound();
        var first = pdf(1);
        var second = pdf(2);
        documents.attach(round.id(), "Advies vertrouwenspersoon.pdf", first);
        documents.attach(round.id(), "Reactie ouders.pdf", second);
        SignIn.as(users, VOORZITTER);
        decisions.close(round.id(), LocalDate.now(SchoolTime.ZONE), "Te weinig stemmen uitgebracht.");

        SignIn.as(users, LID);
        var pdf = consent.decisionPdf(round.id(), Translations.DUTCH);
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Stukken bij het voorstel", "Advies vertrouwenspersoon.pdf", "Reactie ouders.pdf");
            assertThat(text.replace(" ", "")).contains(Sha256.hex(first), Sha256.hex(second));
        }

        SignIn.as(users, DIRECTEUR);
        assertThat(dutch(catchThrowable(() -> documents.attach(round.id(), "laat.pdf", pdf(4)))))
                .isEqualTo("Deze ronde is gesloten: er kunnen geen stukken meer bij.");
        var listed = documents.documents(round.id());
        assertThat(dutch(catchThrowable(() -> documents.remove(round.id(), listed.getFirst().id()))))
                .as("what the decision names stays").isEqualTo("Deze ronde is gesloten: er kunnen geen stukken meer bij.");
        assertThat(documents.documents(round.id())).hasSize(2);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Version 1 adopted; a team day "Teamdag voorjaar" decides on question 1 and makes version 2, put to the MR. */
    private RoundSummary roundOnAConceptFromATeamDay(String meetingTitle) {
        SignIn.as(users, DIRECTEUR);
        var first = codeTexts.createCode("Teamdagstukken " + System.nanoTime(), "gedragscode-sociale-media");
        codeTexts.transition(first.id(), nl.codewijzer.codetext.VersionStatus.TER_INSTEMMING);
        SignIn.as(users, VOORZITTER);
        codeTexts.transition(first.id(), nl.codewijzer.codetext.VersionStatus.INGESTEMD);
        SignIn.as(users, DIRECTEUR);
        codeTexts.transition(first.id(), nl.codewijzer.codetext.VersionStatus.VASTGESTELD);

        SignIn.as(users, "coordinator@school.example");
        var meeting = planning.create(first.summary().codeId(), meetingTitle, LocalDate.of(2027, 3, 12));
        meetingFlow.start(meeting.id());
        var item = meetings.console(meeting.id()).agenda().getFirst();
        meetingDecisions.recordDecision(item.id(), item.version(), new nl.codewijzer.teamday.Decision(
                nl.codewijzer.teamday.DecisionStatus.BESLOTEN, RULE, "Zo blijft contact zichtbaar.", "", java.util.List.of()));
        meetingFlow.close(meeting.id());
        var draft = meetingDrafts.makeDraft(meeting.id());

        SignIn.as(users, DIRECTEUR);
        return submission.submit(draft.versionId(), "Wat de teamdag besloot.", LocalDate.now(SchoolTime.ZONE).plusDays(14),
                VotingGeleding.PERSONEEL);
    }

    @Test
    void a_round_on_a_concept_from_a_team_day_carries_its_minutes_and_the_comparison_which_mr_members_open()
            throws IOException {
        var round = roundOnAConceptFromATeamDay("Teamdag voorjaar");
        documents.attach(round.id(), "Advies.pdf", pdf(1));

        SignIn.as(users, LID);
        var list = documents.documents(round.id());
        assertThat(list).extracting(RoundDocument::kind).containsExactly(RoundDocument.Kind.MINUTES,
                RoundDocument.Kind.COMPARISON, RoundDocument.Kind.ATTACHMENT);
        assertThat(list.get(0).name()).startsWith("Verslag van de teamdag \u2018Teamdag voorjaar\u2019 van ");
        assertThat(list.get(1).name()).isEqualTo("Vergelijking van versie 2 met versie 1 (geldend bij het voorleggen)");

        var minutes = textOf(documents.open(round.id(), RoundDocument.Kind.MINUTES, list.get(0).id(), Translations.DUTCH));
        assertThat(minutes).contains("Teamdag voorjaar", RULE);
        var comparison = textOf(documents.open(round.id(), RoundDocument.Kind.COMPARISON, 1, Translations.DUTCH));
        assertThat(comparison).contains("Vergelijking versie 1 en versie 2", "Was (versie 1)", "Wordt (versie 2)", RULE);

        // a member of the parents' geleding is no staff, yet receives the minutes with the proposal
        SignIn.as(users, "fatima.amrani@ouders.example");
        assertThat(textOf(documents.open(round.id(), RoundDocument.Kind.MINUTES, list.get(0).id(), Translations.DUTCH)))
                .contains(RULE);

        // only the minutes behind this round: another team day's minutes are not opened through it
        var other = roundOnAConceptFromATeamDay("Teamdag elders");
        SignIn.as(users, LID);
        var otherMeeting = documents.documents(other.id()).getFirst().id();
        assertThat(dutch(catchThrowable(() -> documents.open(round.id(), RoundDocument.Kind.MINUTES, otherMeeting,
                Translations.DUTCH)))).isEqualTo("Dit stuk bestaat niet (meer) bij deze ronde.");
        assertThat(dutch(catchThrowable(() -> documents.open(round.id(), RoundDocument.Kind.COMPARISON, 2,
                Translations.DUTCH)))).isEqualTo("Dit stuk bestaat niet (meer) bij deze ronde.");

        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> documents.open(round.id(), RoundDocument.Kind.MINUTES, list.get(0).id(), Translations.DUTCH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> draftMinutes.minutesPdf(list.get(0).id(), Translations.DUTCH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_adoption_the_round_and_its_instemmingsbesluit_still_name_the_minutes_the_comparison_and_the_attachment()
            throws IOException {
        var round = roundOnAConceptFromATeamDay("Teamdag najaar");
        var advice = pdf(2);
        documents.attach(round.id(), "Advies vertrouwenspersoon.pdf", advice);
        for (var member : new String[] {LID, VOORZITTER}) {
            SignIn.as(users, member);
            voting.vote(round.id(), VoteChoice.INSTEMMEN, null);
        }
        SignIn.as(users, VOORZITTER);
        decisions.close(round.id(), LocalDate.now(SchoolTime.ZONE), null);
        SignIn.as(users, DIRECTEUR);
        var today = LocalDate.now(SchoolTime.ZONE);
        followUps.adopt(round.id(), today, today.plusYears(1));
        assertThat(codeTexts.active(round.codeId()).orElseThrow().number()).isEqualTo(2);

        SignIn.as(users, LID);
        assertThat(documents.documents(round.id())).extracting(RoundDocument::kind).containsExactly(
                RoundDocument.Kind.MINUTES, RoundDocument.Kind.COMPARISON, RoundDocument.Kind.ATTACHMENT);
        assertThat(consent.review(round.id()).comparison()).as("the round still shows what changed against version 1")
                .isNotNull().satisfies(comparison -> assertThat(comparison.from().number()).isEqualTo(1));
        var text = textOf(consent.decisionPdf(round.id(), Translations.DUTCH));
        assertThat(text).contains("Stukken bij het voorstel", "Verslag van de teamdag \u2018Teamdag najaar\u2019",
                "Vergelijking van versie 2 met versie 1", "Advies vertrouwenspersoon.pdf");
        assertThat(text.replace(" ", "")).contains(Sha256.hex(advice));
    }
}
