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
import nl.codewijzer.teamday.MedianText;
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
    /** An open question's answers, one row each, kept from one update to the next (see {@link #openAnswers}). */
    private final Div answerList = new Div();
    private final java.util.Map<Long, AnswerRow> answerRows = new java.util.HashMap<>();

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
        answerList.addClassName("open-answers");
        answerList.setVisible(false);
        add(result, answerList, split);
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
                    ? PollBars.letter(i) : poll.option(this::getTranslation, i)).toList();
            var votersText = getTranslation("teamday.poll.voters", poll.voters());
            IntFunction<String> points = value -> getTranslation("teamday.poll.points", value);
            var bars = new Svg(poll.ranking()
                    .map(ranking -> PollBars.ranking(ranking, points,
                            votersText + " · " + PollBars.rankingText(poll, ranking, points)))
                    .orElseGet(() -> PollBars.svg(labels, counts, votersText + poll.scale()
                            .map(scale -> " · " + getTranslation("teamday.poll.median",
                                    MedianText.of(this::getTranslation, scale, poll.options(this::getTranslation))))
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
                    .map(vote -> vote.name() + ": " + (vote.ranking().isEmpty() ? poll.option(this::getTranslation, vote.choice())
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
     * or show it again while the poll is open. The answers' rows stay the same components from one update
     * to the next (a new answer gets a row of its own), so a click on "Verbergen" while answers stream in
     * reaches the row it was meant for.
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
        answerList.setVisible(!poll.answers().isEmpty());
        if (poll.answers().isEmpty()) {
            return;
        }
        if (answerList.getComponentCount() == 0 && controls != null) {
            answerList.add(new Paragraph(getTranslation("teamday.poll.moderate.helper")));
        }
        int first = controls != null ? 1 : 0;
        var shown = new java.util.HashSet<Long>();
        int index = first;
        for (var answer : poll.answers()) {
            shown.add(answer.id());
            var row = answerRows.get(answer.id());
            if (row == null) {
                row = new AnswerRow(answer.id(), controls);
                answerRows.put(answer.id(), row);
                answerList.addComponentAtIndex(index, row);
            } else if (answerList.indexOf(row) != index) {
                answerList.addComponentAtIndex(index, row);
            }
            row.show(answer, poll.isOpen());
            index++;
        }
        answerRows.entrySet().removeIf(entry -> {
            if (!shown.contains(entry.getKey())) {
                answerList.remove(entry.getValue());
                return true;
            }
            return false;
        });
    }

    /** One open answer on the console: its text, whether it is hidden or held, and the button to hide or show it. */
    private final class AnswerRow extends Div {

        private final Paragraph text = new Paragraph();
        private final Span hiddenMark = new Span(getTranslation("teamday.poll.answer-hidden"));
        /** An asynchronous answer: moderated and released in the console's section on taking part without being there. */
        private final Span heldMark = new Span(getTranslation("teamday.poll.answer-held"));
        private final @Nullable Button toggle;
        private boolean hidden;

        AnswerRow(long answerId, @Nullable Controls controls) {
            addClassName("open-answer");
            setId("open-answer-" + answerId);
            text.addClassName("open-answer-text");
            hiddenMark.addClassName("muted");
            heldMark.addClassName("muted");
            add(text);
            if (controls != null) {
                var button = new Button("", click -> controls.hide().accept(answerId, !hidden));
                button.addClassName("open-answer-toggle");
                button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
                toggle = button;
            } else {
                toggle = null;
            }
        }

        /** The marks come and go; the button stays the same component while the poll is open. */
        void show(PollState.OpenAnswer answer, boolean open) {
            hidden = answer.hidden();
            text.setText(answer.text());
            setClassName("hidden-answer", hidden);
            setClassName("held-answer", answer.held());
            place(hiddenMark, hidden, 1);
            place(heldMark, answer.held(), hidden ? 2 : 1);
            if (toggle != null) {
                toggle.setText(getTranslation(hidden ? "teamday.poll.show-answer" : "teamday.poll.hide-answer"));
                boolean there = toggle.getParent().isPresent();
                if (open && !there) {
                    add(toggle);
                } else if (!open && there) {
                    remove(toggle);
                }
            }
        }

        private void place(Span mark, boolean wanted, int index) {
            boolean there = mark.getParent().isPresent();
            if (wanted && !there) {
                addComponentAtIndex(index, mark);
            } else if (!wanted && there) {
                remove(mark);
            }
        }
    }
}
