package nl.codewijzer.teamday.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.Decision;
import nl.codewijzer.teamday.DecisionStatus;
import nl.codewijzer.teamday.ItemText;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * One agenda item and the decision on it. Versioned: the facilitator may have the console open in
 * two windows, and a decision saved on an outdated copy must not overwrite the newer one.
 */
@Entity
@Table(name = "meeting_item")
public class MeetingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Version
    @Column(name = "row_version")
    private long rowVersion;
    private long meetingId;
    private int position;
    private @Nullable Integer question;
    private @Nullable String heading;
    private String title = "";
    private String guidance = "";
    private String answerOptions = "";
    private boolean skipped;
    @Enumerated(EnumType.STRING)
    private DecisionStatus decisionStatus = DecisionStatus.OPEN;
    private String decisionText = "";
    private String rationale = "";
    private String exceptions = "";
    private @Nullable String decidedByName;
    private @Nullable Instant decidedAt;
    // one query for the follow-ups of a whole agenda, not one per item: every phone reads the agenda
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "meeting_follow_up", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<FollowUpRow> followUps = new ArrayList<>();

    protected MeetingItem() {
    }

    public MeetingItem(long meetingId, int position, @Nullable Integer question, @Nullable String heading,
            ItemText text) {
        this.meetingId = meetingId;
        this.position = position;
        this.question = question;
        this.heading = heading;
        edit(text);
    }

    public void edit(ItemText text) {
        this.title = text.title().strip();
        this.guidance = Lines.join(text.guidance());
        this.answerOptions = Lines.join(text.options());
    }

    public void decide(Decision decision, String by, Instant at) {
        this.decisionStatus = decision.status();
        this.decisionText = decision.text();
        this.rationale = decision.rationale();
        this.exceptions = decision.exceptions();
        this.followUps.clear();
        decision.followUps().forEach(action -> followUps.add(new FollowUpRow(action)));
        this.decidedByName = by;
        this.decidedAt = at;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void skip(boolean skipped) {
        this.skipped = skipped;
    }

    public AgendaItem toItem() {
        return new AgendaItem(id(), rowVersion, position, question, heading, title, Lines.split(guidance),
                Lines.split(answerOptions), skipped, decision());
    }

    public Decision decision() {
        return new Decision(decisionStatus, decisionText, rationale, exceptions,
                followUps.stream().map(FollowUpRow::toAction).toList());
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long version() {
        return rowVersion;
    }

    public long meetingId() {
        return meetingId;
    }

    public int position() {
        return position;
    }

    public @Nullable Integer question() {
        return question;
    }

    public String title() {
        return title;
    }

    public List<String> options() {
        return Lines.split(answerOptions);
    }

    public boolean skipped() {
        return skipped;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingItem item && id != null && id.equals(item.id);
    }

    @Override
    public int hashCode() {
        return MeetingItem.class.hashCode();
    }
}
