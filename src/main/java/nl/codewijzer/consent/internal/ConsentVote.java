package nl.codewijzer.consent.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.codewijzer.consent.VoteChoice;
import nl.codewijzer.staff.MrGeleding;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "consent_vote")
public class ConsentVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long roundId;
    private long personId;
    private String personName = "";
    @Enumerated(EnumType.STRING)
    private @Nullable MrGeleding geleding;
    @Enumerated(EnumType.STRING)
    private VoteChoice choice = VoteChoice.ONTHOUDEN;
    private @Nullable String motivation;
    private Instant castAt = Instant.EPOCH;

    protected ConsentVote() {
    }

    public ConsentVote(long roundId, long personId, String personName, @Nullable MrGeleding geleding) {
        this.roundId = roundId;
        this.personId = personId;
        this.personName = personName;
        this.geleding = geleding;
    }

    public void cast(VoteChoice choice, @Nullable String motivation, Instant at) {
        this.choice = choice;
        this.motivation = motivation;
        this.castAt = at;
    }

    public long personId() {
        return personId;
    }

    public VoteChoice choice() {
        return choice;
    }

    public @Nullable String motivation() {
        return motivation;
    }

    public Instant castAt() {
        return castAt;
    }

    public String personName() {
        return personName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentVote vote && id != null && id.equals(vote.id);
    }

    @Override
    public int hashCode() {
        return ConsentVote.class.hashCode();
    }
}
