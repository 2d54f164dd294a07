package nl.codewijzer.teamday.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.base.Translations;
import nl.codewijzer.teamday.DecisionStatus;
import nl.codewijzer.teamday.Minutes;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import nl.codewijzer.teamday.Minutes.FollowUpAction;
import nl.codewijzer.teamday.Minutes.OptionCount;
import nl.codewijzer.teamday.Minutes.PollResult;
import nl.codewijzer.teamday.Minutes.ProposalLine;
import nl.codewijzer.teamday.PollKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The verslag as the coördinator and the team read it: every part of the meeting, exactly as typed. */
@CodewijzerTest
class MinutesPdfTest {

    private static final String AVONDREGEL = "We sturen leerlingen geen berichten na 19.00 uur en niet in het weekeinde.";

    @Autowired
    MinutesPdf minutesPdf;

    @Autowired
    Translations translations;

    @Test
    void the_minutes_hold_the_meeting_the_attendance_and_every_agenda_item_with_its_outcome() throws IOException {
        var text = text(minutesPdf.render(teamDay(), Translations.DUTCH));

        assertThat(text).contains("Verslag teambijeenkomst", "Bijeenkomst Teamdag sociale media (ĳsvrije middag)",
                "Gedragscode Gedragscode sociale media De Linde", "Datum 10 februari 2027",
                "Gespreksleider Samira El Idrissi", "Gesloten 10 februari 2027", "16:45");
        assertThat(text).contains("Aanwezig: 12 personen", "Anouk Dekker, Daniël Smits, Jan Meijer",
                "Noëlle Çelik-Verbeek", "René Koç", "Marĳke Smits");
        assertThat(text).containsSubsequence("1. Mogen leraren contact hebben", "2. Openbaar of één op één",
                "3. Dagen en tijden", "4. Alleen schoolwerk of ook privézaken", "5. Ouders in de klasgroep");
        assertThat(text).contains("Checklistvraag 1", "Checklistvraag 3", "Extra onderwerp",
                "Overgeslagen in deze bijeenkomst.");
    }

    @Test
    void polls_show_their_kind_whether_they_were_anonymous_and_the_counts() throws IOException {
        var text = text(minutesPdf.render(teamDay(), Translations.DUTCH));

        assertThat(text).contains("Peilingen", "Zakelijk account mag, privéaccount nooit.",
                "Stelling · op naam · 15 personen hebben gestemd", "Antwoord Stemmen", "Eens 11", "Oneens 3",
                "Weet niet 1");
        assertThat(text).contains("Via welk kanaal mag één op één?",
                "Meerkeuzevraag · anoniem · 14 personen hebben gestemd", "Alleen in groepen 8",
                "Eén op één met een doel 5", "Vrij 1");
        assertThat(text).contains("Stelling · anoniem · 1 persoon heeft gestemd", "Eens 1 Oneens 0");
    }

    @Test
    void proposals_decisions_exceptions_and_follow_ups_are_all_in_the_minutes() throws IOException {
        var text = text(minutesPdf.render(teamDay(), Translations.DUTCH));

        assertThat(text).containsSubsequence("Voorstellen", "Alleen via de ELO en de schoolmail.",
                "voorgesteld door Noëlle Çelik-Verbeek", "Geen klasgroepen op WhatsApp.", "voorgesteld door René Koç",
                "Alleen de schooltelefoon, ook op kamp.", "asynchroon voorgesteld door Łukasz Nowak");
        assertThat(text).contains("Besluit", "Status: Besloten", "Status: Uitgesteld", "Status: Nog open");
        assertThat(text).contains("Afspraak: Digitaal contact loopt alleen via de kanalen van de school:",
                "- de ELO; - de schoolmail.", "Afspraak: " + AVONDREGEL,
                "Uitzonderingen: behalve tijdens schoolreizen",
                "Toelichting: Leerlingen en ouders weten zo wanneer ze antwoord krijgen.");
        assertThat(text).contains("Actiepunten", "Actie Wie Uiterlijk",
                "Schooltelefoons bestellen Marĳke Smits 15 maart 2027",
                "Afspraak bespreken met de leerlingenraad Daniël Smits geen datum");
        assertThat(text).containsSubsequence("Status: Besloten", "Afspraak: Ouders zitten niet in de klasgroep.");
    }

    @Test
    void a_decision_of_several_lines_keeps_its_line_breaks() throws IOException {
        try (var document = Loader.loadPDF(minutesPdf.render(teamDay(), Translations.DUTCH))) {
            var lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();

            assertThat(lines).containsSubsequence("Afspraak: Digitaal contact loopt alleen via de kanalen van de school:",
                    "- de ELO;", "- de schoolmail.");
        }
    }

    @Test
    void english_minutes_have_english_labels_and_dates_but_keep_what_the_team_wrote() throws IOException {
        var text = text(minutesPdf.render(teamDay(), Locale.ENGLISH));

        assertThat(text).contains("Team meeting minutes", "Facilitator Samira El Idrissi", "Date February 10, 2027",
                "Present: 12 people", "Checklist question 1", "Extra topic", "Skipped in this meeting.",
                "Statement · by name · 15 people voted", "Multiple choice · anonymous · 14 people voted",
                "Status: Decided", "Status: Postponed", "Status: Still open", "Follow-up actions Action Who Due",
                "Agreement: " + AVONDREGEL,
                "Schooltelefoons bestellen Marĳke Smits March 15, 2027", "no date", "Page 1 of");
        assertThat(text).doesNotContain("Verslag teambijeenkomst", "Besloten", "Actiepunten", "!teamday");
    }

    @Test
    void a_scales_points_and_median_and_a_statements_answers_are_printed_in_the_readers_language() throws IOException {
        // stored as every scale and statement poll stores them: in Dutch, as the meeting showed them
        var scale = new PollResult("De mentor heeft een schooltelefoon nodig.", PollKind.SCHAAL, true,
                List.of(new OptionCount("helemaal oneens", 0), new OptionCount("oneens", 0),
                        new OptionCount("neutraal", 1), new OptionCount("eens", 1), new OptionCount("helemaal eens", 0)),
                2);
        var statement = new PollResult("Appen na 19.00 uur mag niet.", PollKind.STELLING, false,
                List.of(new OptionCount("Eens", 3), new OptionCount("Oneens", 2), new OptionCount("Weet niet", 1)), 6);
        var minutes = new Minutes(4, 1, "Gedragscode", "Teamdag", LocalDate.of(2027, 3, 3), null, "Samira El Idrissi",
                List.of(), List.of(new AgendaResult(1, 3, "Dagen en tijden", false, List.of(scale, statement), List.of(),
                        DecisionStatus.OPEN, "", "", "", List.of())));

        var english = text(minutesPdf.render(minutes, Locale.ENGLISH));
        var dutch = text(minutesPdf.render(minutes, Translations.DUTCH));

        assertThat(english).contains("Median: 3.5 (between neutral and agree)", "Answer Votes strongly disagree 0 disagree 0 "
                + "neutral 1 agree 1 strongly agree 0", "Answer Votes Agree 3 Disagree 2 Don't know 1")
                .doesNotContain("neutraal", "eens", "Eens", "Weet niet");
        assertThat(dutch).contains("Mediaan: 3,5 (tussen neutraal en eens)", "Antwoord Stemmen helemaal oneens 0 oneens 0 "
                + "neutraal 1 eens 1 helemaal eens 0", "Antwoord Stemmen Eens 3 Oneens 2 Weet niet 1");
    }

    @Test
    void a_meeting_that_is_not_closed_and_has_no_attendees_yet_says_so() throws IOException {
        var open = new Minutes(2, 1, "Gedragscode sociale media De Linde", "Vervolgbijeenkomst",
                LocalDate.of(2027, 3, 3), null, "Samira El Idrissi", List.of(), List.of());

        var text = text(minutesPdf.render(open, Translations.DUTCH));

        assertThat(text).contains("Gesloten Nog niet gesloten", "Aanwezig: niemand vastgelegd", "3 maart 2027");
    }

    @Test
    void text_typed_in_the_meeting_is_printed_literally_and_never_read_as_markup() throws IOException {
        var sneaky = new AgendaResult(1, 1, "<h1>Nep</h1> titel", false,
                List.of(new PollResult("<i>schuin</i>?", PollKind.STELLING, false,
                        List.of(new OptionCount("<u>Eens</u>", 2)), 2)),
                List.of(new ProposalLine("</li></ul><h1>Groot</h1>", "<b>Bart</b>")), DecisionStatus.BESLOTEN,
                "<b>vet</b> en [klik](javascript:alert(1)) & meer", "**geen** vet", "&lt;amp&gt;",
                List.of(new FollowUpAction("<script>alert(2)</script>", "Jan & Piet", null)));
        var minutes = new Minutes(3, 1, "Code <code>", "Bijeenkomst <br> test", LocalDate.of(2027, 3, 3), null,
                "<em>Samira</em>", List.of("<script>x</script>"), List.of(sneaky));

        var text = text(minutesPdf.render(minutes, Translations.DUTCH));

        assertThat(text).contains("<h1>Nep</h1> titel", "<i>schuin</i>?", "<u>Eens</u> 2", "</li></ul><h1>Groot</h1>",
                "voorgesteld door <b>Bart</b>", "<b>vet</b> en [klik](javascript:alert(1)) & meer",
                "Toelichting: **geen** vet", "Uitzonderingen: &lt;amp&gt;", "<script>alert(2)</script> Jan & Piet",
                "Code <code>", "Bijeenkomst <br> test", "<em>Samira</em>", "<script>x</script>");
    }

    @Test
    void the_minutes_use_the_same_words_as_the_minutes_on_screen() throws IOException {
        for (var locale : List.of(Translations.DUTCH, Locale.ENGLISH)) {
            var text = text(minutesPdf.render(teamDay(), locale));

            assertThat(text).as("in %s", locale).contains(translations.getTranslation("teamday.follow-ups", locale),
                    ": " + translations.getTranslation("teamday.decision.status.OPEN", locale) + " ");
        }
        var dutch = text(minutesPdf.render(teamDay(), Translations.DUTCH));
        assertThat(dutch).contains("Actiepunten", "Status: Nog open").doesNotContain("Vervolgacties", "Status: Open ");
    }

    @Test
    void every_decision_status_and_poll_kind_has_a_label_in_both_languages() {
        for (var locale : List.of(Translations.DUTCH, Locale.ENGLISH)) {
            for (var status : DecisionStatus.values()) {
                assertThat(translations.getTranslation("teamday.decision.status." + status.name(), locale))
                        .doesNotStartWith("!");
            }
            for (var kind : PollKind.values()) {
                assertThat(translations.getTranslation("teamday.minutes.kind." + kind.name(), locale))
                        .doesNotStartWith("!");
            }
        }
    }

    /** A realistic team day: five agenda items, one anonymous poll, one extra topic, names with accents. */
    private static Minutes teamDay() {
        var contact = new AgendaResult(1, 1, "Mogen leraren contact hebben met leerlingen via sociale media?", false,
                List.of(new PollResult("Zakelijk account mag, privéaccount nooit.", PollKind.STELLING, false,
                        List.of(new OptionCount("Eens", 11), new OptionCount("Oneens", 3),
                                new OptionCount("Weet niet", 1)), 15)),
                List.of(new ProposalLine("Alleen via de ELO en de schoolmail.", "Noëlle Çelik-Verbeek"),
                        new ProposalLine("Geen klasgroepen op WhatsApp.", "René Koç"),
                        new ProposalLine("Alleen de schooltelefoon, ook op kamp.", "Łukasz Nowak", true)),
                DecisionStatus.BESLOTEN, "Digitaal contact loopt alleen via de kanalen van de school:\n- de ELO;\n"
                        + "- de schoolmail.", "Het team wil geen privénummers bij leerlingen.", "",
                List.of(new FollowUpAction("Schooltelefoons bestellen", "Marĳke Smits", LocalDate.of(2027, 3, 15))));
        var openbaar = new AgendaResult(2, 2, "Openbaar of één op één", false,
                List.of(new PollResult("Via welk kanaal mag één op één?", PollKind.MEERKEUZE, true,
                        List.of(new OptionCount("Alleen in groepen", 8), new OptionCount("Eén op één met een doel", 5),
                                new OptionCount("Vrij", 1)), 14)),
                List.of(), DecisionStatus.UITGESTELD, "", "", "", List.of());
        var tijden = new AgendaResult(3, 3, "Dagen en tijden", false,
                List.of(new PollResult("Na 19.00 uur geen berichten.", PollKind.STELLING, true,
                        List.of(new OptionCount("Eens", 1), new OptionCount("Oneens", 0)), 1)),
                List.of(), DecisionStatus.BESLOTEN, AVONDREGEL,
                "Leerlingen en ouders weten zo wanneer ze antwoord krijgen.", "behalve tijdens schoolreizen",
                List.of(new FollowUpAction("Afspraak bespreken met de leerlingenraad", "Daniël Smits", null)));
        var privé = new AgendaResult(4, 4, "Alleen schoolwerk of ook privézaken", true, List.of(), List.of(),
                DecisionStatus.OPEN, "", "", "", List.of());
        var ouders = new AgendaResult(5, null, "Ouders in de klasgroep", false, List.of(), List.of(),
                DecisionStatus.BESLOTEN, "Ouders zitten niet in de klasgroep.", "", "", List.of());
        var attendees = List.of("Ahmed Yılmaz", "Anouk Dekker", "Daniël Smits", "Jan Meijer", "Jöran de Vries", "Karin Smit",
                "Marĳke Smits", "Noëlle Çelik-Verbeek", "Pieter van Dijk", "René Koç", "Samira El Idrissi",
                "Łukasz Nowak");
        return new Minutes(1, 1, "Gedragscode sociale media De Linde", "Teamdag sociale media (ĳsvrije middag)",
                LocalDate.of(2027, 2, 10), Instant.parse("2027-02-10T15:45:00Z"), "Samira El Idrissi", attendees,
                List.of(contact, openbaar, tijden, privé, ouders));
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
