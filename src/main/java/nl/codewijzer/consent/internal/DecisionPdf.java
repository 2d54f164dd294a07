package nl.codewijzer.consent.internal;

import com.vaadin.flow.internal.HtmlUtils;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.consent.Outcome;
import nl.codewijzer.consent.RoundDocument;
import nl.codewijzer.consent.RoundStatus;
import nl.codewijzer.consent.RoundSummary;
import nl.codewijzer.consent.Tally;
import nl.codewijzer.consent.VoteLine;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.pdf.Sealing;
import nl.codewijzer.school.SchoolSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The instemmingsbesluit (the MR's decision on a version) as PDF, in the same font and look as the
 * code's PDF, the minutes and the register: the proposal, the votes, the outcome, the reasons, the
 * dates and the text's SHA-256, the documents the MR received with the proposal (issue 15), followed
 * by the text itself.
 *
 * <p>Everything typed by a person (the toelichting, motivations, reasons, a dispute note) is
 * HTML-escaped and shown as typed, paragraphs and line breaks kept; the code's text is rendered
 * by the same safe Markdown renderer as everywhere else.
 */
@Component
public class DecisionPdf {

    private static final String SEPARATOR = " · ";

    private final PdfDocuments documents;
    private final SafeMarkdown markdown;
    private final SchoolSettings settings;
    private final Translations translations;
    private final Sealing sealing;

    DecisionPdf(PdfDocuments documents, SafeMarkdown markdown, SchoolSettings settings, Translations translations,
            Sealing sealing) {
        this.documents = documents;
        this.markdown = markdown;
        this.settings = settings;
        this.translations = translations;
        this.sealing = sealing;
    }

    /**
     * @param outcome the recorded outcome, or the one the votes give now while the round is open
     * @param votes the votes per member, or null where the reglement keeps them out of the decision
     * @param text the Markdown of the version the MR decided on
     */
    public byte[] render(RoundSummary round, Tally tally, Outcome outcome, @Nullable List<VoteLine> votes, String text,
            List<RoundDocument> documents, Locale locale) {
        var parts = new Parts(round, tally, outcome, votes, text, documents);
        if (round.status() == RoundStatus.OPEN) {
            // a provisional decision says so on its face; only the MR's taken decision is sealed
            return typeset(parts, locale, null);
        }
        var reason = text(Translations.DUTCH, "consent.seal.reason", round.codeTitle(), round.versionNumber());
        return sealing.sealedIfPossible(toBeSealed -> typeset(parts, locale, toBeSealed), reason);
    }

    /** What the decision is made of. */
    private record Parts(RoundSummary round, Tally tally, Outcome outcome, @Nullable List<VoteLine> votes, String text,
            List<RoundDocument> documents) {
    }

    /** @param toBeSealed whether the document will be sealed; null for a provisional one, which never is */
    private byte[] typeset(Parts parts, Locale locale, @Nullable Boolean toBeSealed) {
        var round = parts.round();
        var outcome = parts.outcome();
        var title = text(locale, "consent.pdf.title");
        var builder = PdfDocument.titled(title)
                .field(text(locale, "consent.pdf.school"), settings.schoolName())
                .field(text(locale, "consent.pdf.code"), round.codeTitle() + SEPARATOR
                        + text(locale, "consent.version", round.versionNumber()))
                .field(text(locale, "consent.pdf.submitted"), date(round.submittedAt(), locale) + SEPARATOR
                        + round.submittedBy())
                .field(text(locale, "consent.deadline"), date(round.deadline(), locale))
                .field(text(locale, "consent.geleding"), text(locale, round.votingGeleding().labelKey()))
                .field(text(locale, "consent.pdf.status"), text(locale, round.status().labelKey()))
                .field(text(locale, "consent.outcome"), text(locale, outcome.labelKey())
                        + (round.status() == RoundStatus.OPEN ? " (" + text(locale, "consent.provisional") + ")" : ""));
        if (round.decisionDate() != null) {
            builder.field(text(locale, "consent.decision-date"), text(locale, "consent.pdf.decision-recorded",
                    date(Objects.requireNonNull(round.decisionDate()), locale), String.valueOf(round.closedBy())));
        }
        var effective = round.effectiveDate();
        var review = round.reviewDate();
        if (effective != null && review != null) {
            builder.field(text(locale, "consent.effective-date"), date(effective, locale))
                    .field(text(locale, "consent.review-date"), date(review, locale));
            if (round.redactionalReason() != null) {
                builder.field(text(locale, "consent.pdf.redactional"), String.valueOf(round.redactionalReason()));
            }
        }
        builder.field("SHA-256", round.sha256());
        if (Boolean.FALSE.equals(toBeSealed)) {
            builder.field(text(locale, "consent.pdf.seal"), text(locale, "consent.pdf.not-sealed"));
        }
        return documents.render(builder.bodyHtml(body(parts, locale))
                .footer(settings.schoolName() + SEPARATOR + title + SEPARATOR + round.codeTitle() + " v"
                        + round.versionNumber())
                .locale(locale).build());
    }

    private String body(Parts parts, Locale locale) {
        var round = parts.round();
        var tally = parts.tally();
        var votes = parts.votes();
        var html = new StringBuilder();
        heading(html, text(locale, "consent.toelichting"));
        paragraphs(html, round.toelichting());
        documents(html, parts.documents(), locale);
        heading(html, text(locale, "consent.votes"));
        html.append("<p>").append(esc(text(locale, "consent.tally", tally.instemmen(), tally.nietInstemmen(),
                tally.onthouden(), tally.cast(), tally.eligible(), round.quorumPercent()))).append("</p>");
        if (votes != null) {
            html.append("<table><thead><tr><th>").append(esc(text(locale, "consent.pdf.member"))).append("</th><th>")
                    .append(esc(text(locale, "consent.vote"))).append("</th><th>")
                    .append(esc(text(locale, "consent.motivation"))).append("</th></tr></thead><tbody>");
            for (var line : votes) {
                var choice = line.choice();
                var motivation = line.motivation();
                html.append("<tr><td>").append(esc(line.name())).append("</td><td>")
                        .append(esc(choice == null ? text(locale, "consent.not-voted") : text(locale, choice.labelKey())))
                        .append("</td><td>").append(esc(motivation == null ? "" : motivation))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        } else {
            // the reglement keeps individual votes out of the formal decision: counts only
            html.append("<p>").append(esc(text(locale, "consent.pdf.counts-only"))).append("</p>");
        }
        var reasons = round.decisionReasons();
        if (reasons != null) {
            heading(html, text(locale, "consent.reasons"));
            paragraphs(html, reasons);
        }
        var followUp = round.followUp();
        if (followUp != null) {
            var note = round.followUpNote();
            heading(html, text(locale, "consent.follow-up"));
            html.append("<p>").append(esc(text(locale, followUp.labelKey())))
                    .append(note == null ? "" : ": " + esc(note)).append("</p>");
        }
        html.append("<hr>");
        heading(html, text(locale, "consent.pdf.text"));
        html.append(markdown.toHtml(parts.text()));
        return html.toString();
    }

    /** The documents the MR received with the proposal; an attachment with its SHA-256, which proves which file it was. */
    private void documents(StringBuilder html, List<RoundDocument> documents, Locale locale) {
        heading(html, text(locale, "consent.documents"));
        if (documents.isEmpty()) {
            html.append("<p>").append(esc(text(locale, "consent.documents.none"))).append("</p>");
            return;
        }
        html.append("<table><thead><tr><th>").append(esc(text(locale, "consent.documents.name"))).append("</th><th>")
                .append("SHA-256").append("</th></tr></thead><tbody>");
        for (var document : documents) {
            var sha256 = document.sha256();
            html.append("<tr><td>").append(esc(document.name())).append("</td><td>")
                    .append(esc(sha256 == null ? "–" : sha256)).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static void heading(StringBuilder html, String text) {
        html.append("<h2>").append(esc(text)).append("</h2>");
    }

    private static void paragraphs(StringBuilder html, String text) {
        for (var paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(esc(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTexts.date(date, locale);
    }

    private static String date(Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, SchoolTime.ZONE), locale);
    }

    private static String esc(String text) {
        return HtmlUtils.escape(text);
    }
}
