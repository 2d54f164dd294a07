package nl.codewijzer.teamday.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.MeetingSummary;
import org.jspecify.annotations.Nullable;

/** A team meeting about one code. Its status only moves forward: gepland → bezig → afgesloten. */
@Entity
@Table(name = "team_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Version
    @Column(name = "row_version")
    private long rowVersion;
    private long codeId;
    private String codeTitle = "";
    private String title = "";
    private LocalDate meetingDate = LocalDate.EPOCH;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status = MeetingStatus.GEPLAND;
    @Column(updatable = false)
    private String joinCode = "";
    private @Nullable Long createdById;
    private String createdByName = "";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable String facilitatorName;
    private @Nullable Instant startedAt;
    private @Nullable LocalDate heldOn;
    private @Nullable Instant closedAt;
    private @Nullable Long currentItemId;
    private @Nullable Instant currentSince;
    private @Nullable Long draftVersionId;
    private @Nullable Integer draftVersionNumber;

    protected Meeting() {
    }

    public Meeting(long codeId, String codeTitle, String title, LocalDate meetingDate, String joinCode,
            @Nullable Long createdById, String createdByName, Instant createdAt) {
        this.codeId = codeId;
        this.codeTitle = codeTitle;
        this.title = title;
        this.meetingDate = meetingDate;
        this.joinCode = joinCode;
        this.createdById = createdById;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
    }

    public void start(String facilitator, Instant at) {
        this.status = MeetingStatus.BEZIG;
        this.facilitatorName = facilitator;
        this.startedAt = at;
        this.heldOn = LocalDate.ofInstant(at, SchoolTime.ZONE);
    }

    /** The coördinator corrects the day the meeting was held (the service checks the date). */
    public void correctHeldOn(LocalDate day) {
        this.heldOn = day;
    }

    public void close(Instant at) {
        this.status = MeetingStatus.AFGESLOTEN;
        this.closedAt = at;
    }

    public void makeCurrent(@Nullable Long itemId, Instant at) {
        this.currentItemId = itemId;
        this.currentSince = itemId == null ? null : at;
    }

    public void draftMade(long versionId, int number) {
        this.draftVersionId = versionId;
        this.draftVersionNumber = number;
    }

    public MeetingSummary toSummary(int attendees) {
        return new MeetingSummary(id(), codeId, codeTitle, title, heldOn(), status, joinCode,
                facilitatorName != null ? facilitatorName : createdByName, attendees, draftVersionId, draftVersionNumber);
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long codeId() {
        return codeId;
    }

    public String codeTitle() {
        return codeTitle;
    }

    public String title() {
        return title;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    /**
     * The day the meeting was held: the day it started (or as corrected afterwards), the planned
     * date only for a meeting that never started. Meetings started before the day was stored fall
     * back to the school-time day of their start.
     */
    public LocalDate heldOn() {
        if (heldOn != null) {
            return heldOn;
        }
        return startedAt != null ? LocalDate.ofInstant(startedAt, SchoolTime.ZONE) : meetingDate;
    }

    public @Nullable Instant startedAt() {
        return startedAt;
    }

    public MeetingStatus status() {
        return status;
    }

    public String joinCode() {
        return joinCode;
    }

    public String facilitator() {
        return facilitatorName != null ? facilitatorName : createdByName;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable Long currentItemId() {
        return currentItemId;
    }

    public @Nullable Instant currentSince() {
        return currentSince;
    }

    public @Nullable Long draftVersionId() {
        return draftVersionId;
    }

    public @Nullable Integer draftVersionNumber() {
        return draftVersionNumber;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting meeting && id != null && id.equals(meeting.id);
    }

    @Override
    public int hashCode() {
        return Meeting.class.hashCode();
    }
}
