package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.teamday.DecisionStatus;
import nl.codewijzer.teamday.MedianText;
import nl.codewijzer.teamday.MeetingDrafts;
import nl.codewijzer.teamday.MeetingMinutes;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.MeetingSummary;
import nl.codewijzer.teamday.Minutes;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import nl.codewijzer.teamday.TeamDayRoutes;
import nl.codewijzer.teamday.TeamMeetings;

/**
 * The minutes (verslag) of a meeting: date, attendance and per agenda item the polls with their
 * results, the proposals and the decision; downloadable as PDF. From a closed meeting the coördinator
 * makes the next draft of the code here, and corrects the day a closed meeting was held. Staff read
 * the minutes once the meeting is closed.
 */
@Route(TeamDayRoutes.MINUTES)
@PermitAll
@StyleSheet("styles/teamday.css")
public class MinutesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamMeetings meetings;
    private final MeetingMinutes minutesService;
    private final MeetingDrafts drafts;
    private String title = "";
    final Div actions = new Div();
    final Div items = new Div();

    MinutesView(TeamMeetings meetings, MeetingMinutes minutesService, MeetingDrafts drafts) {
        this.meetings = meetings;
        this.minutesService = minutesService;
        this.drafts = drafts;
        addClassName("page");
        addClassName("minutes");
        setId("minutes");
        actions.addClassName("toolbar");
        actions.setId("minutes-actions");
        items.setId("minutes-items");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meetingId = event.getRouteParameters().getLong("meetingId").orElse(0L);
        var minutes = minutesService.minutes(meetingId);
        show(minutes, meetings.meeting(meetingId));
    }

    private void show(Minutes minutes, MeetingSummary meeting) {
        removeAll();
        title = getTranslation("teamday.minutes.page-title", minutes.title());
        add(new H1(title));
        var facts = new Div();
        facts.addClassName("facts");
        facts.add(fact("teamday.minutes.code", minutes.codeTitle()),
                fact("teamday.minutes.date", Dates.date(this, minutes.date())),
                fact("teamday.minutes.closed", minutes.closedAt() == null ? getTranslation("teamday.minutes.not-closed")
                        : Dates.dateTime(this, Objects.requireNonNull(minutes.closedAt()))),
                fact("teamday.minutes.facilitator", minutes.facilitator()),
                fact("teamday.minutes.attendees", minutes.attendees().isEmpty() ? getTranslation("teamday.minutes.nobody")
                        : minutes.attendees().size() + ": " + String.join(", ", minutes.attendees())));
        add(facts);
        var participation = new Paragraph(getTranslation("teamday.minutes.participation", minutes.liveParticipants(),
                minutes.asyncParticipants()));
        participation.setId("minutes-participation");
        participation.addClassName("minutes-participation");
        add(participation);
        showActions(minutes, meeting);
        add(actions);
        items.removeAll();
        minutes.items().forEach(item -> items.add(item(item)));
        add(items);
    }

    private Div fact(String labelKey, String value) {
        var fact = new Div(new Span(getTranslation(labelKey)), new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    private void showActions(Minutes minutes, MeetingSummary meeting) {
        actions.removeAll();
        var pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
            var bytes = minutesService.minutesPdf(minutes.meetingId(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "verslag-teamdag-" + minutes.date() + ".pdf",
                    "application/pdf", bytes.length);
        }), "");
        pdf.add(new Button(getTranslation("teamday.minutes.pdf"), VaadinIcon.FILE_TEXT_O.create()));
        pdf.setId("minutes-pdf");
        actions.add(pdf);
        if (meeting.status() == MeetingStatus.AFGESLOTEN && meetings.canRun()) {
            actions.add(dateCorrection(minutes));
        }
        if (meeting.status() == MeetingStatus.AFGESLOTEN && drafts.canMakeDraft()) {
            if (meeting.draftVersionNumber() == null) {
                actions.add(DraftAction.button(this, drafts, minutes.meetingId()));
            } else {
                var open = new Button(getTranslation("teamday.draft.open", meeting.draftVersionNumber()),
                        VaadinIcon.FILE_TEXT.create(), click -> DraftAction.openComparison(this, meeting.codeId(), null,
                                Objects.requireNonNull(meeting.draftVersionNumber())));
                open.setId("open-draft");
                actions.add(open);
            }
        }
    }

    /** The day the meeting was held, for the coördinator to correct once it is closed. */
    private Div dateCorrection(Minutes minutes) {
        DatePicker heldOn = LocalizedComponents.datePicker(getTranslation("teamday.minutes.held-on"));
        heldOn.setId("held-on");
        heldOn.setValue(minutes.date());
        var errors = new FieldErrors().bind("heldOn", heldOn);
        var save = new Button(getTranslation("teamday.minutes.correct-date"), VaadinIcon.CALENDAR.create());
        save.setId("correct-date");
        save.addClickListener(click -> {
            try {
                var corrected = minutesService.correctDate(minutes.meetingId(), heldOn.getValue());
                show(corrected, meetings.meeting(minutes.meetingId()));
                FieldErrors.saved(this, "teamday.minutes.date-corrected", Dates.date(this, corrected.date()));
            } catch (InvalidInput refused) {
                errors.show(refused, this);
            }
        });
        var correction = new Div(heldOn, save);
        correction.addClassName("date-correction");
        return correction;
    }

    private Section item(AgendaResult item) {
        var section = new Section();
        section.addClassName("minutes-item");
        section.setId("minutes-item-" + item.position());
        section.add(new H2(item.position() + ". " + item.title()));
        var status = new Span(item.skipped() ? getTranslation("teamday.item.skipped")
                : getTranslation("teamday.decision.status." + item.status().name()));
        status.getElement().getThemeList().add(item.status() == DecisionStatus.BESLOTEN ? "badge success" : "badge");
        section.add(status);
        for (var poll : item.polls()) {
            var total = Math.max(1, poll.voters());
            var ranking = poll.ranking();
            com.vaadin.flow.component.Component results;
            var cloud = poll.cloud();
            if (cloud.isPresent()) {
                // an open question: the word cloud and the answers that were not hidden, without names
                var words = new com.vaadin.flow.component.Svg(WordCloudSvg.svg(cloud.get(),
                        cloud.get().words().isEmpty() ? getTranslation("teamday.poll.no-words")
                                : getTranslation("teamday.poll.cloud.aria", WordCloudSvg.words(cloud.get()))));
                words.addClassName("minutes-cloud");
                var answers = new UnorderedList();
                answers.addClassName("minutes-open-answers");
                poll.answers().forEach(answer -> answers.add(new ListItem(answer)));
                var box = new com.vaadin.flow.component.html.Div();
                if (poll.asyncAnswers()) {
                    // asynchronous answers count only once released by the facilitator (decision 0051)
                    var released = new Paragraph(getTranslation("teamday.minutes.async-answers", poll.liveVoters(),
                            poll.asyncVoters(), poll.released(), poll.held()));
                    released.addClassName("minutes-async-answers");
                    box.add(released);
                }
                box.add(words, answers);
                results = box;
            } else if (ranking.isPresent()) {
                // a ranking from first place down, with its points
                var places = new OrderedList();
                ranking.get().places().forEach(place -> places.add(new ListItem(getTranslation(
                        "teamday.poll.points.of", poll.counts().get(place.option()).label(), place.points()))));
                results = places;
            } else {
                var list = new UnorderedList();
                for (int i = 0; i < poll.counts().size(); i++) {
                    int votes = poll.counts().get(i).votes();
                    list.add(new ListItem(getTranslation("teamday.minutes.count", poll.label(this::getTranslation, i),
                            votes, Math.round(100f * votes / total))));
                }
                results = list;
            }
            results.addClassName("minutes-poll-results");
            section.add(new H3(getTranslation("teamday.minutes.poll", poll.question())),
                    new Paragraph(getTranslation(poll.anonymous() ? "teamday.poll.is-anonymous" : "teamday.poll.is-named")
                            + " · " + getTranslation(WordCloudSvg.votersKey(poll.kind()), poll.voters())
                            + (poll.kind() == nl.codewijzer.teamday.PollKind.OPEN_VRAAG
                                    ? " · " + getTranslation("teamday.minutes.hidden-answers", poll.hidden()) : "")
                            + poll.scale().map(scale -> " · " + getTranslation("teamday.poll.median",
                                    MedianText.of(this::getTranslation, scale, poll.labels(this::getTranslation))))
                                    .orElse("")
                            + ranking.map(places -> " · " + getTranslation("teamday.poll.borda",
                                    places.places().size() - 1)).orElse("")), results);
            if (poll.split()) {
                section.add(splitTable(poll));
            }
        }
        if (!item.proposals().isEmpty()) {
            var list = new UnorderedList();
            item.proposals().forEach(proposal -> list.add(new ListItem(proposal.text() + " (" + (proposal.async()
                    ? getTranslation("teamday.proposal.async-by", proposal.author()) : proposal.author()) + ")")));
            section.add(new H3(getTranslation("teamday.proposals")), list);
        }
        if (!item.decisionText().isBlank()) {
            var text = new Paragraph(item.decisionText());
            text.addClassName("decision-text");
            section.add(new H3(getTranslation("teamday.decision.text")), text);
        }
        if (!item.rationale().isBlank()) {
            section.add(new H3(getTranslation("teamday.decision.rationale")), new Paragraph(item.rationale()));
        }
        if (!item.exceptions().isBlank()) {
            section.add(new H3(getTranslation("teamday.decision.exceptions")), new Paragraph(item.exceptions()));
        }
        if (!item.followUps().isEmpty()) {
            var list = new UnorderedList();
            item.followUps().forEach(action -> list.add(new ListItem(action.action()
                    + (action.owner().isBlank() ? "" : " – " + action.owner())
                    + (action.due() == null ? "" : " – " + getTranslation("teamday.follow-up.before",
                            Dates.date(this, Objects.requireNonNull(action.due())))))));
            section.add(new H3(getTranslation("teamday.follow-ups")), list);
        }
        return section;
    }

    /** A poll's votes (a ranking's points) live, asynchronously and together, per option (decision 0051). */
    private Div splitTable(Minutes.PollResult poll) {
        var table = new NativeTable();
        table.addClassName("minutes-split");
        table.setCaptionText(getTranslation("teamday.minutes.split", poll.liveVoters(), poll.asyncVoters()));
        var head = table.getHead().addRow();
        for (var key : List.of("teamday.minutes.option", "teamday.minutes.live", "teamday.minutes.async",
                "teamday.minutes.together")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        var body = table.getBody();
        for (int i = 0; i < poll.counts().size(); i++) {
            var row = body.addRow();
            row.addHeaderCell().setText(poll.label(this::getTranslation, i));
            row.addDataCell().setText(String.valueOf(poll.liveVotes(i)));
            row.addDataCell().setText(String.valueOf(poll.asyncVotes(i)));
            row.addDataCell().setText(String.valueOf(poll.counts().get(i).votes()));
        }
        var wrapper = new Div(table);
        wrapper.addClassName("minutes-split-wrapper");
        return wrapper;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
