package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.codewijzer.teamday.PollState;

/**
 * A ranking ballot on a 360 pixel phone, for one thumb: the options as full-width buttons, tapped
 * in order of preference; each tapped one shows its place ("1e"). When one option is left it goes
 * last by itself. Nothing is sent until "Volgorde insturen"; "Opnieuw" starts the order again. The
 * order being tapped lives in the phone view, so a redraw pushed by the meeting does not lose it.
 */
final class RankingBallot extends Div {

    private final PollState poll;
    private final List<Integer> order;
    private final Consumer<List<Integer>> send;

    /**
     * @param order the order tapped so far (kept by the phone across redraws); changed in place
     * @param send  sends the complete order as the caller's ballot
     */
    RankingBallot(PollState poll, List<Integer> order, Consumer<List<Integer>> send) {
        this.poll = poll;
        this.order = order;
        this.send = send;
        addClassName("ranking-ballot");
        setId("ranking-ballot");
        build();
    }

    private void build() {
        removeAll();
        var intro = new Paragraph(getTranslation("teamday.phone.rank.intro"));
        intro.addClassName("phone-rank-intro");
        add(intro);
        var options = new Div();
        options.addClassName("vote-options");
        int count = poll.options().size();
        NativeButton nextToTap = null;
        for (int i = 0; i < count; i++) {
            int option = i;
            int place = order.indexOf(option);
            var answer = PollBars.letter(option) + ". " + poll.options().get(option);
            var text = new Span(answer);
            text.addClassName("vote-option-text");
            var button = new NativeButton("", click -> tap(option));
            button.add(text);
            button.addClassName("vote-option");
            button.setId("rank-option-" + option);
            button.getElement().setAttribute("title", answer);
            if (place >= 0) {
                button.addClassName("chosen");
                var mark = new Span(getTranslation("teamday.phone.rank.place", place + 1));
                mark.addClassName("vote-mine");
                button.add(mark);
            } else if (nextToTap == null) {
                nextToTap = button;
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(place >= 0));
            options.add(button);
        }
        add(options);
        var summary = new Paragraph(order.isEmpty() ? getTranslation("teamday.phone.rank.none")
                : getTranslation("teamday.phone.rank.order", orderText(order)));
        summary.setId("rank-order");
        summary.addClassName("rank-order");
        add(summary);
        if (order.size() == count && !order.equals(poll.myRanking())) {
            var pending = new Paragraph(getTranslation("teamday.phone.rank.pending"));
            pending.setId("rank-pending");
            pending.addClassName("muted");
            add(pending);
        }
        var reset = new Button(getTranslation("teamday.phone.rank.reset"), click -> {
            order.clear();
            build();
        });
        reset.setId("rank-reset");
        reset.setEnabled(!order.isEmpty());
        var confirm = new Button(getTranslation("teamday.phone.rank.send"), click -> send.accept(List.copyOf(order)));
        confirm.setId("rank-send");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(order.size() == count);
        var buttons = new Div(reset, confirm);
        buttons.addClassName("rank-actions");
        add(buttons);
        focusAfter = nextToTap != null ? nextToTap : confirm;
    }

    /** Where the keyboard goes after a tap: the first option not yet placed, else sending. */
    private com.vaadin.flow.component.Focusable<?> focusAfter = new Button();

    private void tap(int option) {
        if (order.contains(option)) {
            return;
        }
        order.add(option);
        int count = poll.options().size();
        if (order.size() == count - 1) {
            // the one left can only go last
            for (int rest = 0; rest < count; rest++) {
                if (!order.contains(rest)) {
                    order.add(rest);
                }
            }
        }
        build();
        focusAfter.focus();
    }

    /** "B > A > C": an order of options by their letters. */
    static String orderText(List<Integer> order) {
        return order.stream().map(PollBars::letter).collect(Collectors.joining(" > "));
    }
}
