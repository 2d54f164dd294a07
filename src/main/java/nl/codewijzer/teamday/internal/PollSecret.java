package nl.codewijzer.teamday.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The key of an anonymous poll's voter hashes; the row is deleted when the poll closes. */
@Entity
@Table(name = "meeting_poll_secret")
public class PollSecret {

    @Id
    private long pollId;
    @Column(length = 32)
    private byte[] secret = new byte[0];

    protected PollSecret() {
    }

    public PollSecret(long pollId, byte[] secret) {
        this.pollId = pollId;
        this.secret = secret.clone();
    }

    public long pollId() {
        return pollId;
    }

    public byte[] secret() {
        return secret.clone();
    }
}
