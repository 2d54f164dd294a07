package nl.codewijzer.consent.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.consent.RoundDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The PDFs attached to consent rounds, in table consent_attachment. Plain JDBC: the content is read
 * only when someone downloads it, never with the list. Checks no role; the consent services do.
 */
@Component
public class RoundAttachments {

    private static final String LINE = "select id, file_name, size_bytes, sha256, uploaded_by_name, uploaded_at"
            + " from consent_attachment";
    private static final RowMapper<RoundDocument> LINES = (row, i) -> new RoundDocument(RoundDocument.Kind.ATTACHMENT,
            row.getLong("id"), row.getString("file_name"), row.getString("sha256"), row.getLong("size_bytes"),
            row.getString("uploaded_by_name"), row.getObject("uploaded_at", OffsetDateTime.class).toInstant());

    private final JdbcTemplate jdbc;

    RoundAttachments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The round's attachments in the order they were added. */
    public List<RoundDocument> of(long roundId) {
        return jdbc.query(LINE + " where round_id = ? order by id", LINES, roundId);
    }

    /** The attachments this person added, oldest first: their part of a personal data export. */
    public List<OwnAttachment> addedBy(long personId) {
        return jdbc.query("select a.round_id, r.code_title, r.version_number, a.file_name, a.size_bytes, a.sha256,"
                + " a.uploaded_at from consent_attachment a join consent_round r on r.id = a.round_id"
                + " where a.uploaded_by_id = ? order by a.uploaded_at, a.id",
                (row, i) -> new OwnAttachment(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getLong(5), row.getString(6), row.getObject(7, OffsetDateTime.class).toInstant()),
                personId);
    }

    public boolean has(long roundId, String sha256) {
        var count = jdbc.queryForObject("select count(*) from consent_attachment where round_id = ? and sha256 = ?",
                Long.class, roundId, sha256);
        return count != null && count > 0;
    }

    /** @return the new attachment's id */
    public long add(long roundId, String fileName, byte[] content, String sha256, @Nullable Long uploadedById,
            String uploadedByName, Instant uploadedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into consent_attachment (round_id, file_name, size_bytes,"
                    + " sha256, content, uploaded_by_id, uploaded_by_name, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setLong(1, roundId);
            insert.setString(2, fileName);
            insert.setLong(3, content.length);
            insert.setString(4, sha256);
            insert.setBytes(5, content);
            insert.setObject(6, uploadedById);
            insert.setString(7, uploadedByName);
            insert.setObject(8, uploadedAt.atOffset(ZoneOffset.UTC));
            return insert;
        }, keys);
        return java.util.Objects.requireNonNull(keys.getKey()).longValue();
    }

    /** The attachment's line, if it belongs to this round. */
    public Optional<RoundDocument> line(long roundId, long attachmentId) {
        return jdbc.query(LINE + " where round_id = ? and id = ?", LINES, roundId, attachmentId).stream().findFirst();
    }

    /** @return whether the attachment belonged to this round and is gone now */
    public boolean remove(long roundId, long attachmentId) {
        return jdbc.update("delete from consent_attachment where round_id = ? and id = ?", roundId, attachmentId) == 1;
    }

    /** The attachment's bytes as uploaded, if it belongs to this round. */
    public Optional<byte[]> content(long roundId, long attachmentId) {
        return jdbc.query("select content from consent_attachment where round_id = ? and id = ?",
                (row, i) -> row.getBytes(1), roundId, attachmentId).stream().findFirst();
    }
}
