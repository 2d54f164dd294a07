package nl.codewijzer.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.revision.ArticleFeedback;
import nl.codewijzer.revision.ArticleFeedbackSummary;
import nl.codewijzer.revision.FeedbackLine;
import nl.codewijzer.revision.FeedbackStatus;
import nl.codewijzer.revision.ReviewStatus;

/** The staff's feedback on one code, per article with counts, for the coördinator: handle it, or put it on the agenda. */
final class FeedbackPanel extends Div {

    private final ArticleFeedback feedback;
    private final ReviewStatus review;

    FeedbackPanel(ArticleFeedback feedback, ReviewStatus review) {
        this.feedback = feedback;
        this.review = review;
        addClassName("feedback-panel");
        setId("feedback-panel-" + review.codeId());
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H3(getTranslation("feedback.per-article")));
        var articles = feedback.perArticle(review.codeId());
        if (articles.isEmpty()) {
            add(new Paragraph(getTranslation("feedback.per-article.none")));
        }
        articles.forEach(article -> add(article(article)));
    }

    private Div article(ArticleFeedbackSummary article) {
        var box = new Div();
        box.addClassName("feedback-article");
        if (article.lapsed()) {
            box.addClassName("lapsed");
        }
        box.add(new H3(article.lapsed() ? getTranslation("feedback.lapsed", article.article()) : article.article()));
        var counts = article.counts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(count -> count.getValue() + "× " + getTranslation(count.getKey().labelKey()))
                .collect(Collectors.joining(" · "));
        var summary = new Paragraph(counts + " — " + getTranslation("feedback.counts", article.lines().size(), article.open()));
        summary.addClassName("feedback-counts");
        box.add(summary);
        if (article.open() > 0 && review.started()) {
            var onto = new Button(getTranslation("feedback.onto-agenda"), click -> {
                try {
                    feedback.takeOntoAgenda(review.codeId(), article.article());
                    FieldErrors.saved(this, "feedback.onto-agenda.done");
                    refresh();
                } catch (InvalidInput refused) {
                    new FieldErrors().show(refused, this);
                }
            });
            onto.addClassName("onto-agenda");
            box.add(onto);
        }
        article.lines().forEach(line -> box.add(line(line)));
        return box;
    }

    private Div line(FeedbackLine line) {
        var giver = line.giver() == null ? getTranslation("feedback.anonymous.giver") : line.giver();
        var status = new Span(getTranslation(line.status().labelKey()));
        status.getElement().getThemeList().add(line.status() == FeedbackStatus.NIEUW ? "badge" : "badge contrast");
        var head = new Paragraph(status, new Span(" " + getTranslation(line.kind().labelKey()) + " · "
                + getTranslation("feedback.line", giver, Dates.date(this, line.givenOn()), line.versionNumber())));
        var row = new Div(head);
        row.addClassName("feedback-line");
        row.setId("feedback-line-" + line.id());
        if (line.body() != null) {
            var body = new Paragraph(line.body());
            body.addClassName("feedback-body");
            row.add(body);
        }
        if (line.status() == FeedbackStatus.NIEUW) {
            var handled = new Button(getTranslation("feedback.mark-handled"), click -> {
                try {
                    feedback.markHandled(line.id());
                    refresh();
                } catch (InvalidInput refused) {
                    new FieldErrors().show(refused, this);
                }
            });
            handled.addThemeVariants(ButtonVariant.LUMO_SMALL);
            handled.setId("feedback-handled-" + line.id());
            row.add(handled);
        }
        return row;
    }
}
