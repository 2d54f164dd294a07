package nl.codewijzer.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.codewijzer.notification.InboxEntry;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "notification_inbox")
public class InboxItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long personId;
    private String subject = "";
    private String body = "";
    private @Nullable String link;
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant readAt;

    protected InboxItem() {
    }

    public InboxItem(long personId, String subject, String body, @Nullable String link, Instant createdAt) {
        this.personId = personId;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id);
    }

    public long personId() {
        return personId;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public InboxEntry toEntry() {
        return new InboxEntry(id(), subject, body, link, createdAt, readAt != null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InboxItem item && id != null && id.equals(item.id);
    }

    @Override
    public int hashCode() {
        return InboxItem.class.hashCode();
    }
}
