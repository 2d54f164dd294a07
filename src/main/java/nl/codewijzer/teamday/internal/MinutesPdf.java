package nl.codewijzer.teamday.internal;

import com.vaadin.flow.internal.HtmlUtils;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.Translations;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.teamday.MedianText;
import nl.codewijzer.teamday.Minutes;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import nl.codewijzer.teamday.Minutes.PollResult;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.WordCloud;
import org.springframework.stereotype.Component;

/**
 * The minutes (verslag) of a meeting as PDF, in the same font and look as the code PDF.
 *
 * <p>Everything in the minutes except the labels was typed by someone in the meeting (titles,
 * names, proposals, decisions), so every value is HTML-escaped and shown exactly as typed; line
 * breaks stay. Decision texts are not rendered as Markdown here: the minutes record what was
 * agreed, character for character, and the code's own PDF shows how it reads once written in.
 *
 * <p>What the minutes screen also shows (a decision's status, the follow-up actions) is named with
 * the screen's own texts, so the PDF and the screen use the same words.
 */
@Component
public class MinutesPdf {

    private static final String SEPARATOR = " · ";

    private final PdfDocuments documents;
    private final Translations translations;

    MinutesPdf(PdfDocuments documents, Translations translations) {
        this.documents = documents;
        this.translations = translations;
    }

    public byte[] render(Minutes minutes, Locale locale) {
        var title = text(locale, "teamday.minutes.title");
        var document = PdfDocument.titled(title)
                .field(text(locale, "teamday.minutes.meeting"), minutes.title())
                .field(text(locale, "teamday.minutes.code"), minutes.codeTitle())
                .field(text(locale, "teamday.minutes.date"), date(minutes.date(), locale))
                .field(text(locale, "teamday.minutes.facilitator"), minutes.facilitator())
                .field(text(locale, "teamday.minutes.closed"), minutes.closedAt() == null
                        ? text(locale, "teamday.minutes.not-closed") : dateTime(minutes.closedAt(), locale))
                .bodyHtml(body(minutes, locale))
                .footer(title + SEPARATOR + minutes.title() + SEPARATOR + date(minutes.date(), locale))
                .locale(locale)
                .build();
        return documents.render(document);
    }

    private String body(Minutes minutes, Locale locale) {
        var html = new StringBuilder();
        html.append("<h2>").append(esc(text(locale, "teamday.minutes.attendance", minutes.attendees().size())))
                .append("</h2>");
        if (!minutes.attendees().isEmpty()) {
            html.append("<p>").append(esc(String.join(", ", minutes.attendees()))).append("</p>");
        }
        html.append("<p><strong>").append(esc(text(locale, "teamday.minutes.participation",
                minutes.liveParticipants(), minutes.asyncParticipants()))).append("</strong></p>");
        for (var item : minutes.items()) {
            html.append("<hr>");
            agendaItem(html, item, locale);
        }
        return html.toString();
    }

    private void agendaItem(StringBuilder html, AgendaResult item, Locale locale) {
        html.append("<h2>").append(item.position()).append(". ").append(esc(item.title())).append("</h2>");
        html.append("<p><em>").append(esc(item.question() == null ? text(locale, "teamday.minutes.extra-topic")
                : text(locale, "teamday.minutes.question", item.question()))).append("</em></p>");
        if (item.skipped()) {
            html.append("<p><strong>").append(esc(text(locale, "teamday.minutes.skipped"))).append("</strong></p>");
        }
        if (!item.polls().isEmpty()) {
            html.append("<h3>").append(esc(text(locale, "teamday.minutes.polls"))).append("</h3>");
            item.polls().forEach(poll -> poll(html, poll, locale));
        }
        if (!item.proposals().isEmpty()) {
            html.append("<h3>").append(esc(text(locale, "teamday.minutes.proposals"))).append("</h3><ul>");
            for (var proposal : item.proposals()) {
                var by = proposal.async() ? "teamday.minutes.proposed-by-async" : "teamday.minutes.proposed-by";
                html.append("<li>").append(lines(proposal.text())).append("<br><em>")
                        .append(esc(text(locale, by, proposal.author())))
                        .append("</em></li>");
            }
            html.append("</ul>");
        }
        html.append("<h3>").append(esc(text(locale, "teamday.minutes.decision"))).append("</h3>");
        labelled(html, text(locale, "teamday.minutes.status"),
                text(locale, "teamday.decision.status." + item.status().name()));
        labelled(html, text(locale, "teamday.minutes.decision-text"), item.decisionText());
        labelled(html, text(locale, "teamday.minutes.exceptions"), item.exceptions());
        labelled(html, text(locale, "teamday.minutes.rationale"), item.rationale());
        if (!item.followUps().isEmpty()) {
            html.append("<h3>").append(esc(text(locale, "teamday.follow-ups"))).append("</h3>")
                    .append("<table><thead><tr><th>").append(esc(text(locale, "teamday.minutes.action")))
                    .append("</th><th>").append(esc(text(locale, "teamday.minutes.owner")))
                    .append("</th><th>").append(esc(text(locale, "teamday.minutes.due")))
                    .append("</th></tr></thead><tbody>");
            for (var action : item.followUps()) {
                html.append("<tr><td>").append(lines(action.action())).append("</td><td>").append(esc(action.owner()))
                        .append("</td><td>").append(esc(action.due() == null ? text(locale, "teamday.minutes.no-due")
                                : date(action.due(), locale))).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
    }

    private void poll(StringBuilder html, PollResult poll, Locale locale) {
        MedianText.Words words = (key, args) -> text(locale, key, args);
        html.append("<p><strong>").append(lines(poll.question())).append("</strong><br>")
                .append(esc(text(locale, "teamday.minutes.kind." + poll.kind().name()) + SEPARATOR
                        + text(locale, poll.anonymous() ? "teamday.minutes.anonymous" : "teamday.minutes.named")
                        + SEPARATOR + text(locale, poll.kind() == PollKind.OPEN_VRAAG ? "teamday.minutes.answered"
                                : "teamday.minutes.voters", poll.voters())
                        + poll.scale().map(scale -> SEPARATOR + text(locale, "teamday.poll.median",
                                MedianText.of(words, scale, poll.labels(words))))
                                .orElse("")
                        + poll.ranking().map(ranking -> SEPARATOR + text(locale, "teamday.poll.borda",
                                ranking.places().size() - 1)).orElse("")
                        + (poll.kind() == PollKind.OPEN_VRAAG
                                ? SEPARATOR + text(locale, "teamday.minutes.hidden-answers", poll.hidden()) : "")))
                .append("</p>");
        var cloud = poll.cloud();
        if (cloud.isPresent()) {
            openAnswers(html, poll, cloud.get(), locale);
            return;
        }
        if (poll.counts().isEmpty()) {
            return;
        }
        var ranking = poll.ranking();
        if (poll.split()) {
            // live and asynchronous apart and together (decision 0051); a ranking's places follow
            html.append("<p>").append(esc(text(locale, "teamday.minutes.split", poll.liveVoters(), poll.asyncVoters())))
                    .append("</p><table><thead><tr><th>").append(esc(text(locale, "teamday.minutes.option")))
                    .append("</th><th>").append(esc(text(locale, "teamday.minutes.live")))
                    .append("</th><th>").append(esc(text(locale, "teamday.minutes.async")))
                    .append("</th><th>").append(esc(text(locale, "teamday.minutes.together")))
                    .append("</th></tr></thead><tbody>");
            for (int i = 0; i < poll.counts().size(); i++) {
                var count = poll.counts().get(i);
                html.append("<tr><td>").append(esc(poll.label(words, i))).append("</td><td>").append(poll.liveVotes(i))
                        .append("</td><td>").append(poll.asyncVotes(i)).append("</td><td>").append(count.votes())
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
            if (ranking.isEmpty()) {
                return;
            }
        }
        if (ranking.isPresent()) {
            // from first place down: the order is the result
            html.append("<table><thead><tr><th>").append(esc(text(locale, "teamday.minutes.place")))
                    .append("</th><th>").append(esc(text(locale, "teamday.minutes.option")))
                    .append("</th><th>").append(esc(text(locale, "teamday.minutes.points")))
                    .append("</th></tr></thead><tbody>");
            int place = 1;
            for (var entry : ranking.get().places()) {
                html.append("<tr><td>").append(place++).append("</td><td>")
                        .append(esc(poll.counts().get(entry.option()).label())).append("</td><td>")
                        .append(entry.points()).append("</td></tr>");
            }
            html.append("</tbody></table>");
            return;
        }
        html.append("<table><thead><tr><th>").append(esc(text(locale, "teamday.minutes.option")))
                .append("</th><th>").append(esc(text(locale, "teamday.minutes.votes"))).append("</th></tr></thead><tbody>");
        for (int i = 0; i < poll.counts().size(); i++) {
            html.append("<tr><td>").append(esc(poll.label(words, i))).append("</td><td>")
                    .append(poll.counts().get(i).votes()).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /**
     * An open question: its most frequent words as a table (the PDF's typesetter draws text, tables and
     * lists, not SVG; the word with how many answers it occurs in says what the cloud shows), then the
     * answers that were not hidden, without names.
     */
    private void openAnswers(StringBuilder html, PollResult poll, WordCloud cloud, Locale locale) {
        if (poll.asyncAnswers()) {
            // asynchronous answers count only once released by the facilitator (decision 0051)
            html.append("<p>").append(esc(text(locale, "teamday.minutes.async-answers", poll.liveVoters(),
                    poll.asyncVoters(), poll.released(), poll.held()))).append("</p>");
        }
        if (cloud.words().isEmpty()) {
            html.append("<p>").append(esc(text(locale, "teamday.poll.no-words"))).append("</p>");
        } else {
            html.append("<table><thead><tr><th>").append(esc(text(locale, "teamday.minutes.word")))
                    .append("</th><th>").append(esc(text(locale, "teamday.minutes.word-count")))
                    .append("</th></tr></thead><tbody>");
            for (var word : cloud.words()) {
                html.append("<tr><td>").append(esc(word.text())).append("</td><td>").append(word.count())
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        if (!poll.answers().isEmpty()) {
            html.append("<p><em>").append(esc(text(locale, "teamday.minutes.open-answers"))).append("</em></p><ul>");
            poll.answers().forEach(answer -> html.append("<li>").append(lines(answer)).append("</li>"));
            html.append("</ul>");
        }
    }

    /** "Label: value" when there is a value; a value of several lines or paragraphs keeps its breaks. */
    private static void labelled(StringBuilder html, String label, String value) {
        if (value.isBlank()) {
            return;
        }
        html.append("<p><strong>").append(esc(label)).append(":</strong> ").append(lines(value)).append("</p>");
    }

    /** Text typed by someone, escaped, with its line breaks kept (escaping collapses whitespace, so per line). */
    private static String lines(String typed) {
        return typed.strip().lines().map(MinutesPdf::esc).collect(Collectors.joining("<br>"));
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTexts.date(date, locale);
    }

    private static String dateTime(Instant instant, Locale locale) {
        return DateTexts.dateTime(instant, locale);
    }

    private static String esc(String text) {
        return HtmlUtils.escape(text);
    }
}
