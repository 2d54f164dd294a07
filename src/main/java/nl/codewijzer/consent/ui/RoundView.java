package nl.codewijzer.consent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.internal.HtmlUtils;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.Downloads;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.codetext.CodeRoutes;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.codetext.TextDiff;
import nl.codewijzer.consent.ConsentDecisions;
import nl.codewijzer.consent.ConsentDocuments;
import nl.codewijzer.consent.ConsentFollowUps;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.ConsentVoting;
import nl.codewijzer.consent.RoundReview;
import nl.codewijzer.consent.RoundStatus;
import nl.codewijzer.consent.VoteChoice;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;

/**
 * One consent round: the proposal and its reasons, the documents with it (issue 15), the text and
 * what changed against the adopted version, the votes, the discussion, and what the person looking
 * may do now (vote, record the MR's decision, adopt, or follow up a refusal).
 *
 * <p>Over 400 lines, with a reason: one page whose sections (text and changes, votes, discussion,
 * actions) redraw together from one round summary; each is a private method of a few dozen lines.
 */
@Route(ConsentRounds.ROUND_ROUTE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING, Role.Names.MR_LID, Role.Names.MR_VOORZITTER})
public class RoundView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ConsentRounds consent;
    private final Clock clock;
    private final ConsentSubmission submission;
    private final ConsentVoting voting;
    private final ConsentDecisions decisions;
    private final ConsentFollowUps followUps;
    private final ConsentDocuments documents;
    private final SafeMarkdown markdown;
    private final CurrentUser currentUser;
    private long roundId;
    private String title = "";

    // the parts tests reach; rebuilt on every refresh
    final TextArea motivation = new TextArea();
    /** One button per choice: the vote is cast with the motivation above it. */
    final java.util.Map<VoteChoice, Button> voteButtons = new java.util.EnumMap<>(VoteChoice.class);
    final DatePicker decisionDate = LocalizedComponents.datePicker("");
    final TextArea reasons = new TextArea();
    final Button recordDecision = new Button();
    final Select<String> commentSection = new Select<>();
    final TextArea commentText = new TextArea();
    final Button postComment = new Button();
    final Div votes = new Div();
    final Div comments = new Div();
    final Div outcome = new Div();
    final Div actions = new Div();

    RoundView(ConsentRounds consent, ConsentSubmission submission, ConsentVoting voting, ConsentDecisions decisions,
            ConsentFollowUps followUps, ConsentDocuments documents, SafeMarkdown markdown, CurrentUser currentUser,
            Clock clock) {
        this.documents = documents;
        this.clock = clock;
        this.consent = consent;
        this.submission = submission;
        this.voting = voting;
        this.decisions = decisions;
        this.followUps = followUps;
        this.markdown = markdown;
        this.currentUser = currentUser;
        addClassName("page");
        setId("consent-round");
        motivation.setLabel(getTranslation("consent.motivation"));
        motivation.setHelperText(getTranslation("consent.motivation.helper"));
        motivation.setWidthFull();
        for (var value : VoteChoice.values()) {
            var button = new Button(getTranslation(value.labelKey()), click -> vote(value));
            button.setId("vote-" + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.addThemeVariants(value == VoteChoice.INSTEMMEN ? ButtonVariant.LUMO_PRIMARY
                    : ButtonVariant.LUMO_CONTRAST);
            voteButtons.put(value, button);
        }
        decisionDate.setLabel(getTranslation("consent.decision-date"));
        reasons.setLabel(getTranslation("consent.reasons"));
        reasons.setHelperText(getTranslation("consent.reasons.helper"));
        reasons.setWidthFull();
        recordDecision.setText(getTranslation("consent.close"));
        recordDecision.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordDecision.addClickListener(click -> closeRound());
        commentSection.setLabel(getTranslation("consent.comment.section"));
        commentSection.setEmptySelectionAllowed(true);
        commentSection.setEmptySelectionCaption(getTranslation("consent.comment.whole-text"));
        commentText.setLabel(getTranslation("consent.comment"));
        commentText.setWidthFull();
        postComment.setText(getTranslation("consent.comment.post"));
        postComment.addClickListener(click -> comment());
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        roundId = parameter;
        refresh();
    }

    void refresh() {
        show(consent.review(roundId));
    }

    private void show(RoundReview review) {
        removeAll();
        var round = review.round();
        title = round.codeTitle() + " · " + getTranslation("consent.version", round.versionNumber());
        add(new H1(title));

        var meta = new Div();
        meta.addClassName("version-meta");
        var status = new Span(getTranslation(round.status().labelKey()));
        status.addClassName("status-badge");
        status.setId("round-status");
        meta.add(status, new Span(getTranslation("consent.submitted-by", round.submittedBy(),
                Dates.date(this, round.submittedAt()))));
        add(meta);
        var deadline = new Paragraph(getTranslation("consent.deadline.value", Dates.date(this, round.deadline()))
                + (round.status() == RoundStatus.OPEN ? " · " + (review.daysLeft() >= 0
                        ? getTranslation("consent.days-left", review.daysLeft())
                        : getTranslation("consent.deadline-passed")) : ""));
        deadline.setId("round-deadline");
        add(deadline, new Paragraph(getTranslation("consent.reglement",
                getTranslation(round.votingGeleding().labelKey()), round.quorumPercent(),
                getTranslation(round.majorityRule().labelKey()))));

        // the reading order of an MR member: why, what changes, the text, and only then the vote
        add(section("consent.toelichting", new Paragraph(round.toelichting())));
        add(new DocumentsSection(documents, round));
        add(section("consent.text", textAndDiff(review)));
        if (review.canVote()) {
            add(voteForm(review));
        } else if (round.status() == RoundStatus.OPEN && isMrMember()) {
            var why = new Paragraph(round.votingGeleding() == nl.codewijzer.school.VotingGeleding.HELE_MR
                    ? getTranslation("consent.vote.not-yours")
                    : getTranslation("consent.vote.only-geleding",
                            getTranslation(round.votingGeleding().labelKey()).toLowerCase(getLocale())));
            why.setId("vote-not-yours");
            add(section("consent.vote.title", why));
        }
        showVotes(review);
        showOutcome(review);
        showActions(review);
        showComments(review);
    }

    private boolean isMrMember() {
        var roles = currentUser.require().roles();
        return roles.contains(Role.MR_LID) || roles.contains(Role.MR_VOORZITTER);
    }

    private Section section(String headingKey, Component... content) {
        var section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }

    private void showOutcome(RoundReview review) {
        var round = review.round();
        outcome.removeAll();
        outcome.setId("round-outcome");
        var tally = review.tally();
        outcome.add(new Paragraph(getTranslation("consent.tally", tally.instemmen(), tally.nietInstemmen(),
                tally.onthouden(), tally.cast(), tally.eligible(), round.quorumPercent())));
        if (round.outcome() != null) {
            var result = new Paragraph(getTranslation("consent.outcome") + ": " + getTranslation(round.outcome().labelKey()));
            result.addClassName("outcome");
            outcome.add(result);
            if (round.decisionDate() != null) {
                outcome.add(new Paragraph(getTranslation("consent.decision-recorded",
                        Dates.date(this, round.decisionDate()), String.valueOf(round.closedBy()))));
            }
            if (round.decisionReasons() != null) {
                outcome.add(new Paragraph(getTranslation("consent.reasons") + ": " + round.decisionReasons()));
            }
        } else {
            outcome.add(new Paragraph(getTranslation("consent.provisional-outcome",
                    getTranslation(review.provisionalOutcome().labelKey()))));
        }
        if (round.followUp() != null) {
            outcome.add(new Paragraph(getTranslation("consent.follow-up") + ": "
                    + getTranslation(round.followUp().labelKey())
                    + (round.followUpNote() == null ? "" : " – " + round.followUpNote())));
        }
        if (round.effectiveDate() != null && round.reviewDate() != null) {
            outcome.add(new Paragraph(getTranslation("consent.adopted", Dates.date(this, round.effectiveDate()),
                    Dates.date(this, round.reviewDate()))));
            if (round.redactionalReason() != null) {
                var redactional = new Paragraph(getTranslation("consent.redactional", round.redactionalReason()));
                redactional.setId("round-redactional");
                outcome.add(redactional);
            }
        }
        var outcomeSection = section("consent.outcome", outcome);
        outcomeSection.addClassName("round-outcome");
        add(outcomeSection);
    }

    private void showActions(RoundReview review) {
        actions.removeAll();
        actions.addClassName("toolbar");
        var round = review.round();
        var pdf = Downloads.link(this, "instemmingsbesluit-v" + round.versionNumber() + ".pdf", "application/pdf",
                () -> consent.decisionPdf(round.id(), getLocale()));
        // while the round is open the decision is not taken yet: the PDF says so, and so does its button
        pdf.add(new Button(getTranslation(round.status() == RoundStatus.OPEN ? "consent.pdf.provisional" : "consent.pdf"),
                VaadinIcon.FILE_TEXT_O.create()));
        pdf.setId("decision-pdf");
        actions.add(pdf);
        var version = new Button(getTranslation("consent.open-version"), VaadinIcon.FILE_TEXT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CodeRoutes.version(round.versionId()))));
        version.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var history = new Button(getTranslation("consent.open-history"), VaadinIcon.TIME_BACKWARD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CodeRoutes.history(round.codeId()))));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(version, history);
        if (review.canAdopt()) {
            var adopt = new Button(getTranslation("consent.adopt"), VaadinIcon.CHECK.create(),
                    click -> new AdoptDialog(followUps, round, SchoolTime.today(clock), this::refresh).open());
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(adopt);
        }
        if (review.canFollowUp()) {
            actions.add(new Button(getTranslation("consent.amend"), VaadinIcon.EDIT.create(), click -> {
                try {
                    var draft = followUps.amend(round.id());
                    FieldErrors.saved(this, "consent.amend.done", draft.number());
                    getUI().ifPresent(ui -> ui.navigate(CodeRoutes.editor(draft.id())));
                } catch (InvalidInput invalid) {
                    new FieldErrors().show(invalid, this);
                }
            }));
            actions.add(new Button(getTranslation("consent.dispute"), VaadinIcon.SCALE.create(),
                    click -> new DisputeDialog(followUps, round, this::refresh).open()));
        }
        if (review.canWithdraw()) {
            var withdraw = new Button(getTranslation("consent.withdraw"), VaadinIcon.CLOSE_SMALL.create(), click -> {
                try {
                    submission.withdraw(round.id());
                    FieldErrors.saved(this, "consent.withdraw.done");
                    refresh();
                } catch (InvalidInput invalid) {
                    new FieldErrors().show(invalid, this);
                }
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        add(actions);
        if (review.canClose()) {
            decisionDate.setValue(SchoolTime.today(clock));
            reasons.clear();
            var form = section("consent.close.title", new Paragraph(getTranslation("consent.close.intro",
                    getTranslation(review.provisionalOutcome().labelKey()))), decisionDate, reasons, recordDecision);
            form.setId("close-form");
            add(form);
        }
    }

    private Section voteForm(RoundReview review) {
        var mine = review.myVote();
        motivation.setValue(mine == null || mine.motivation() == null ? "" : mine.motivation());
        motivation.setInvalid(false);
        var current = new Paragraph(mine == null || mine.choice() == null ? getTranslation("consent.vote.none")
                : getTranslation("consent.vote.current", getTranslation(mine.choice().labelKey())));
        current.setId("my-vote");
        var buttons = new Div();
        buttons.addClassName("toolbar");
        voteButtons.values().forEach(buttons::add);
        var form = section("consent.vote.title", current, motivation, buttons);
        form.setId("vote-form");
        return form;
    }

    private void vote(VoteChoice choice) {
        try {
            voting.vote(roundId, choice, motivation.getValue());
            FieldErrors.saved(this, "consent.vote.done");
            refresh();
        } catch (InvalidInput invalid) {
            new FieldErrors().bind("motivation", motivation).show(invalid, this);
        }
    }

    private void closeRound() {
        try {
            decisions.close(roundId, decisionDate.getValue(), reasons.getValue());
            FieldErrors.saved(this, "consent.close.done");
            refresh();
        } catch (InvalidInput invalid) {
            new FieldErrors().bind("decisionDate", decisionDate).bind("reasons", reasons).show(invalid, this);
        }
    }

    private void comment() {
        try {
            voting.comment(roundId, commentSection.getValue(), commentText.getValue());
            commentText.clear();
            refresh();
        } catch (InvalidInput invalid) {
            new FieldErrors().bind("comment", commentText).show(invalid, this);
        }
    }

    private void showVotes(RoundReview review) {
        votes.removeAll();
        votes.setId("votes");
        for (var line : review.votes()) {
            var row = new Div();
            row.addClassName("vote-line");
            row.add(new Span(line.name() + ": "), new Span(line.choice() == null ? getTranslation("consent.not-voted")
                    : getTranslation(line.choice().labelKey())));
            if (line.motivation() != null) {
                row.add(new Span(" – " + line.motivation()));
            }
            votes.add(row);
        }
        add(section("consent.votes", votes));
    }

    private Div textAndDiff(RoundReview review) {
        var content = new Div();
        var comparison = review.comparison();
        if (comparison == null) {
            content.add(new Paragraph(getTranslation("consent.first-version")));
        } else {
            var diff = comparison.diff();
            content.add(new Paragraph(getTranslation("consent.diff.against", comparison.from().number())
                    + " " + getTranslation("compare.summary", diff.changedLines(), diff.addedLines(), diff.removedLines())));
            // only the changed lines, each group under the heading of the section it belongs to
            var html = new StringBuilder("<table class=\"diff\"><tbody>");
            String section = null;
            String shownSection = null;
            for (var row : diff.inline()) {
                var heading = headingOf(row);
                if (heading != null) {
                    section = heading;
                }
                if (row.kind() != TextDiff.Kind.UNCHANGED) {
                    if (section != null && !section.equals(shownSection) && heading == null) {
                        html.append("<tr class=\"section\"><th>").append(section).append("</th></tr>");
                        shownSection = section;
                    }
                    if (heading != null) {
                        shownSection = section;
                    }
                    html.append("<tr class=\"").append(HtmlUtils.escape(row.kind().name().toLowerCase(java.util.Locale.ROOT)))
                            .append("\"><td>").append(row.html()).append("</td></tr>");
                }
            }
            html.append("</tbody></table>");
            var changes = new Div(new Html("<div>" + html + "</div>"));
            changes.addClassName("diff-view");
            changes.setId("round-diff");
            content.add(changes);
        }
        var body = new Div(new Html("<div>" + markdown.toHtml(review.markdown()) + "</div>"));
        body.addClassName("markdown-body");
        body.setId("round-text");
        content.add(body);
        return content;
    }

    /**
     * The heading text (already escaped) when this row is a Markdown heading of the new text, else null.
     * A removed heading belongs to the old text, so it starts no section of the new one.
     */
    private static @org.jspecify.annotations.Nullable String headingOf(TextDiff.InlineRow row) {
        if (row.kind() == TextDiff.Kind.REMOVED || row.kind() == TextDiff.Kind.CHANGED) {
            return null;
        }
        var line = row.html().strip();
        if (!line.startsWith("#")) {
            return null;
        }
        var text = line.replaceFirst("^#{1,6}\\s*", "").strip();
        return text.isEmpty() ? null : text;
    }

    private void showComments(RoundReview review) {
        comments.removeAll();
        comments.setId("comments");
        if (review.comments().isEmpty()) {
            comments.add(new Paragraph(getTranslation("consent.comments.none")));
        }
        for (var line : review.comments()) {
            var item = new Div();
            item.addClassName("card");
            var head = new Span(line.authorName() + " · " + Dates.dateTime(this, line.createdAt())
                    + (line.section() == null ? "" : " · " + getTranslation("consent.comment.about", line.section())));
            head.addClassName("muted");
            item.add(head, new Paragraph(line.body()));
            comments.add(item);
        }
        var thread = section("consent.comments", comments);
        if (review.canComment()) {
            commentSection.setItems(review.sections());
            thread.add(commentSection, commentText, postComment);
        }
        add(thread);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
