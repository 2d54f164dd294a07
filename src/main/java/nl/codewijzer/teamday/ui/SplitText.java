package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.codewijzer.teamday.MedianText;
import nl.codewijzer.teamday.MeetingAsync;
import nl.codewijzer.teamday.PollKind;
import nl.codewijzer.teamday.PollState;
import nl.codewijzer.teamday.ScaleResult;

/**
 * A poll's result live and asynchronously apart, in one line for the console and the projector
 * (decision 0051): "Live (2 stemmen): 5 · helemaal eens 2 · Asynchroon (1 stem): 2 · oneens 1, mediaan …".
 * Only the answers that got votes are named; the bars above show all of them together.
 */
final class SplitText {

    private SplitText() {
    }

    static String of(Component context, PollState poll, MeetingAsync.Split split) {
        return part(context, "teamday.async.split.live", poll, split.live(), split.liveVoters()) + " — "
                + part(context, "teamday.async.split.async", poll, split.async(), split.asyncVoters());
    }

    private static String part(Component context, String key, PollState poll, List<Integer> counts, int voters) {
        var text = new StringBuilder(context.getTranslation(key, voters));
        boolean ranking = poll.kind() == PollKind.RANGORDE;
        var named = IntStream.range(0, counts.size()).filter(i -> counts.get(i) > 0)
                .mapToObj(i -> label(context, poll, i) + ": " + (ranking ? context.getTranslation("teamday.poll.points",
                        counts.get(i)) : counts.get(i)))
                .collect(Collectors.joining(", "));
        if (!named.isEmpty()) {
            text.append(": ").append(named);
        }
        if (poll.kind() == PollKind.SCHAAL && voters > 0) {
            text.append(", ").append(context.getTranslation("teamday.poll.median",
                    MedianText.of(context::getTranslation, new ScaleResult(counts),
                            poll.options(context::getTranslation))));
        }
        return text.toString();
    }

    /** A letter for a multiple-choice or ranking option (the legend names it), else the answer itself. */
    private static String label(Component context, PollState poll, int option) {
        return switch (poll.kind()) {
            case MEERKEUZE, RANGORDE -> PollBars.letter(option);
            case SCHAAL -> (option + 1) + " · " + poll.option(context::getTranslation, option);
            case STELLING, OPEN_VRAAG -> poll.option(context::getTranslation, option);
        };
    }
}
