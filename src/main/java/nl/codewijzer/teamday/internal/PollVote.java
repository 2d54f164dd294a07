package nl.codewijzer.teamday.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.codewijzer.teamday.VoteOrigin;
import org.jspecify.annotations.Nullable;

/**
 * One voter's vote in one poll. In an anonymous poll the row holds only the keyed hash and the
 * choice: no person, no name, no time (a time could be matched against who joined when).
 */
@Entity
@Table(name = "meeting_vote")
public class PollVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long pollId;
    private String voterKey = "";
    private @Nullable Long personId;
    private @Nullable String personName;
    private int choice;
    /** A ranking poll's ballot: option indexes, most preferred first ("2,0,1"); null for other polls. */
    private @Nullable String ranking;
    /** An open question's answer as typed (stripped); null for other polls. */
    private @Nullable String answer;
    /** The facilitator hid this answer: not in the word cloud, not on the projector, not in the minutes. */
    private boolean hidden;
    /**
     * An asynchronous answer waiting for the facilitator to release it: kept out of the word cloud, the
     * projector and the minutes until then (it came after the live reveal and its moderation).
     */
    private boolean held;
    private @Nullable Instant castAt;
    /** Live or in the asynchronous window; set when the vote is first cast (decision 0051). */
    @Enumerated(EnumType.STRING)
    private VoteOrigin origin = VoteOrigin.LIVE;

    protected PollVote() {
    }

    private PollVote(long pollId, String voterKey, @Nullable Long personId, @Nullable String personName) {
        this.pollId = pollId;
        this.voterKey = voterKey;
        this.personId = personId;
        this.personName = personName;
    }

    public static PollVote named(long pollId, String voterKey, long personId, String personName) {
        return new PollVote(pollId, voterKey, personId, personName);
    }

    public static PollVote anonymous(long pollId, String voterKey) {
        return new PollVote(pollId, voterKey, null, null);
    }

    /** Records the choice; the time only when the poll is named. */
    public void choose(int choice, @Nullable Instant at) {
        this.choice = choice;
        this.castAt = personId == null ? null : at;
    }

    /** Records a ranking ballot; its first preference is the choice. */
    public void rank(List<Integer> order, @Nullable Instant at) {
        choose(order.getFirst(), at);
        this.ranking = order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Records an open question's answer (choice 0). A hidden answer stays hidden when its writer changes
     * it: the facilitator sees the new text on the console and can show it again.
     */
    public void answer(String text, @Nullable Instant at) {
        choose(0, at);
        this.answer = text;
    }

    public @Nullable String answer() {
        return answer;
    }

    public boolean hidden() {
        return hidden;
    }

    public void hide(boolean hide) {
        this.hidden = hide;
    }

    public boolean held() {
        return held;
    }

    /** Marks a new asynchronous answer as held until the facilitator releases it. */
    public PollVote hold() {
        this.held = true;
        return this;
    }

    /** The facilitator released the answer: it counts from now on, unless they hid it. */
    public void release() {
        this.held = false;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    public long pollId() {
        return pollId;
    }

    /** The ballot of a ranking poll, most preferred first; empty for other polls. */
    public List<Integer> ranking() {
        return parse(ranking);
    }

    /** "2,0,1" as [2, 0, 1]; null or empty as []. */
    public static List<Integer> parse(@Nullable String ranking) {
        return ranking == null || ranking.isEmpty() ? List.of()
                : Arrays.stream(ranking.split(",")).map(Integer::valueOf).toList();
    }

    /** Marks a new vote as cast in the meeting's asynchronous window. */
    public PollVote async() {
        this.origin = VoteOrigin.ASYNC;
        return this;
    }

    public VoteOrigin origin() {
        return origin;
    }

    public int choice() {
        return choice;
    }

    public @Nullable String personName() {
        return personName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PollVote vote && id != null && id.equals(vote.id);
    }

    @Override
    public int hashCode() {
        return PollVote.class.hashCode();
    }
}
