package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollState;
import org.jspecify.annotations.Nullable;

/**
 * One poll on the console: what kind it is, whether it is open and revealed, how many voted, the
 * bars once the counts may be seen, and the named votes. The newest poll of the item carries the
 * controls to reveal and close it, right under the count; earlier ones are shown without.
 *
 * <p>The newest poll's card is updated in place ({@link #show}) when its votes come in or it is revealed,
 * not drawn anew: its "Uitslag tonen" and "Stemming sluiten" stay the same buttons. A click lands on the
 * button the browser shows; had a redraw replaced that button a moment before (a reveal, or a vote coming
 * in), the click went to a button no longer on the page and was lost without a word.
 */
final class PollCard extends Div {

    /** What the newest poll's buttons do; {@code hide} hides (true) or shows again (false) an open answer. */
    record Controls(Runnable reveal, Runnable close, BiConsumer<Long, Boolean> hide) {
    }

    private final long pollId;
    private final @Nullable Controls controls;
    private final H3 question = new H3();
    private final Paragraph voters = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div toolbar = new Div();
    private final @Nullable Button reveal;
    private final @Nullable Button close;
    /** The bars or word cloud, the legend and the named votes: drawn again on every update. */
    private final Div result = new Div();
    private final Paragraph split = new Paragraph();

    /** @param controls the reveal and close actions for the newest poll, {@code null} for an earlier one */
    PollCard(PollState poll, @Nullable Controls controls) {
        this.pollId = poll.id();
        this.controls = controls;
        addClassName("card");
        addClassName("poll-card");
        status.addClassName("muted");
        voters.addClassName("poll-voters");
        result.addClassName("poll-result");
        split.addClassName("poll-split");
        split.setVisible(false);
        add(question, voters, status);
        // the controls straight under the count, above the bars: on a laptop they stay in view (issue 19, item 2)
        if (controls != null) {
            setId("current-poll");
            toolbar.addClassName("toolbar");
            reveal = new Button(getTranslation("teamday.poll.reveal"), VaadinIcon.EYE.create(),
                    click -> controls.reveal().run());
            reveal.setId("poll-reveal");
            close = new Button(getTranslation("teamday.poll.close"), VaadinIcon.STOP.create(),
                    click -> controls.close().run());
            close.setId("poll-close");
            toolbar.add(reveal, close);
            add(toolbar);
        } else {
            reveal = null;
            close = null;
        }
        add(result, split);
        show(poll);
    }

    /** The poll this card shows. */
    long pollId() {
        return pollId;
    }

    /** Shows the poll as it is now (the same poll: see {@link #pollId}), keeping the card and its buttons. */
    void show(PollState poll) {
        if (poll.id() != pollId) {
            throw new IllegalArgumentException("This card shows poll " + pollId + ", not " + poll.id());
        }
        question.setText(poll.question());
        status.setText(getTranslation("teamday.poll.kind." + poll.kind().name()) + " · "
                + getTranslation(poll.anonymous() ? "teamday.poll.is-anonymous" : "teamday.poll.is-named") + " · "
                + getTranslation(poll.isOpen() ? "teamday.poll.is-open" : "teamday.poll.closed") + " · "
                + getTranslation(poll.revealed() ? "teamday.poll.is-revealed" : "teamday.poll.is-hidden"));
        voters.setText(getTranslation(WordCloudSvg.votersKey(poll.kind()), poll.voters()));
        if (reveal != null && close != null) {
            reveal.setVisible(!poll.revealed());
            close.setVisible(poll.isOpen());
            toolbar.setVisible(!poll.revealed() || poll.isOpen());
        }
        result.removeAll();
        var counts = poll.counts();
        var cloud = poll.cloud();
        if (cloud != null) {
            openAnswers(poll, cloud, controls);
        } else if (counts != null) {
            var labels = IntStream.range(0, poll.options().size()).mapToObj(i -> poll.kind() == PollKind.MEERKEUZE
                    ? PollBars.letter(i) : poll.options().get(i)).toList();
            var votersText = getTranslation("teamday.poll.voters", poll.voters());
            IntFunction<String> points = value -> getTranslation("teamday.poll.points", value);
            var bars = new Svg(poll.ranking()
                    .map(ranking -> PollBars.ranking(ranking, points,
                            votersText + " · " + PollBars.rankingText(poll, ranking, points)))
                    .orElseGet(() -> PollBars.svg(labels, counts, votersText + poll.scale()
                            .map(scale -> " · " + getTranslation("teamday.poll.median", scale.medianText()))
                            .orElse(""))));
            bars.addClassName("console-bars");
            result.add(bars);
            if (poll.kind() == PollKind.MEERKEUZE || poll.kind() == PollKind.RANGORDE) {
                var legend = new Div();
                legend.addClassName("poll-legend");
                for (int i = 0; i < poll.options().size(); i++) {
                    legend.add(new Paragraph(PollBars.letter(i) + ". " + poll.options().get(i)));
                }
                result.add(legend);
            }
        }
        if (!poll.named().isEmpty() && poll.kind() != PollKind.OPEN_VRAAG) {
            var names = new Paragraph(String.join(", ", poll.named().stream()
                    .map(vote -> vote.name() + ": " + (vote.ranking().isEmpty() ? poll.options().get(vote.choice())
                            : RankingBallot.orderText(vote.ranking()))).toList()));
            names.addClassName("muted");
            result.add(names);
        }
    }

    /** The line with live and asynchronous votes apart (decision 0051), or none. */
    void showSplit(@Nullable String line) {
        split.setText(line == null ? "" : line);
        split.setVisible(line != null);
        // only the newest poll's card has the line, so the id stays unique on the page
        if (line == null) {
            split.getElement().removeAttribute("id");
        } else {
            split.setId("poll-split");
        }
    }

    /**
     * An open question on the console: the word cloud as the projector will show it (hidden answers left
     * out), how many are hidden, and every answer (alphabetical, without names) with a button to hide it
     * or show it again while the poll is open.
     */
    private void openAnswers(PollState poll, nl.codewijzer.teamday.WordCloud cloud, @Nullable Controls controls) {
        var words = new Svg(WordCloudSvg.svg(cloud, cloud.words().isEmpty() ? getTranslation("teamday.poll.no-words")
                : getTranslation("teamday.poll.cloud.aria", WordCloudSvg.words(cloud))));
        words.addClassName("console-cloud");
        result.add(words);
        if (poll.hiddenAnswers() > 0) {
            var hidden = new Paragraph(getTranslation("teamday.poll.hidden-answers", poll.hiddenAnswers()));
            hidden.addClassName("poll-hidden-count");
            result.add(hidden);
        }
        if (poll.answers().isEmpty()) {
            return;
        }
        var list = new Div();
        list.addClassName("open-answers");
        if (controls != null) {
            list.add(new Paragraph(getTranslation("teamday.poll.moderate.helper")));
        }
        for (var answer : poll.answers()) {
            var row = new Div();
            row.addClassName("open-answer");
            row.setId("open-answer-" + answer.id());
            var text = new Paragraph(answer.text());
            text.addClassName("open-answer-text");
            row.add(text);
            if (answer.hidden()) {
                row.addClassName("hidden-answer");
                var mark = new Span(getTranslation("teamday.poll.answer-hidden"));
                mark.addClassName("muted");
                row.add(mark);
            }
            if (answer.held()) {
                // an asynchronous answer: moderated and released in the console's section on taking part without being there
                row.addClassName("held-answer");
                var mark = new Span(getTranslation("teamday.poll.answer-held"));
                mark.addClassName("muted");
                row.add(mark);
            }
            if (controls != null && poll.isOpen()) {
                var toggle = new Button(getTranslation(answer.hidden() ? "teamday.poll.show-answer"
                        : "teamday.poll.hide-answer"), click -> controls.hide().accept(answer.id(), !answer.hidden()));
                toggle.addClassName("open-answer-toggle");
                toggle.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
                row.add(toggle);
            }
            list.add(row);
        }
        result.add(list);
    }
}
