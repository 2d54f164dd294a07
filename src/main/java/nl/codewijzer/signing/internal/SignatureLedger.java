package nl.codewijzer.signing.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A sign's own reads and writes as plain SQL (decision 0055): the signer's open request locked, the signature
 * inserted, the request closed, and the version's understanding check read. A sign then holds no entity, so the
 * flushes before its commit have nothing to check and Hibernate's layers per statement stay out of the path that
 * fifty people take at once. Everything runs on the connection of the caller's transaction, which the sign's
 * {@code UniqueKeyRetry} opens; the unique keys are the database's, so a double click still fails on the second
 * insert and the retry answers it with the first signature.
 */
@Component
public class SignatureLedger {

    private static final String LOCK_OPEN = "select id, round_year from signature_request"
            + " where person_id = ? and version_id = ? and status = 'OPEN' order by round_year desc for update";
    private static final String INSERT = "insert into signature (request_id, person_id, person_name, typed_name,"
            + " version_id, code_id, code_title, version_number, sha256, signed_at, method, ip_address, user_agent,"
            + " verification_code, check_sha256, round_year, name_erased)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)";
    // the row version goes up as a save through the entity would make it, so a stale copy elsewhere fails its update
    private static final String CLOSE = "update signature_request set status = 'SIGNED', closed_at = ?,"
            + " row_version = row_version + 1 where id = ? and status = 'OPEN'";
    private static final String CHECK = "select number, question, option_1, option_2, option_3, option_4,"
            + " right_option, explanation, article from understanding_question where version_id = ? order by number";

    private final JdbcTemplate jdbc;

    SignatureLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The signer's one open request of a version, locked until the transaction ends. */
    public record OpenRequest(long id, int roundYear) {
    }

    /**
     * The person's open request of the version, of whichever round (at most one is open: a yearly round leaves out
     * whoever still has one open), locked until the caller's transaction ends: an edit of the understanding check,
     * which locks every request of the version, waits for this signature, or this waits for the edit (decision 0043).
     */
    public Optional<OpenRequest> lockOpen(long personId, long versionId) {
        return jdbc.query(LOCK_OPEN, (row, i) -> new OpenRequest(row.getLong(1), row.getInt(2)), personId, versionId)
                .stream().findFirst();
    }

    /**
     * Inserts the signature and closes its request as signed at the signature's time.
     *
     * @return the new signature's id
     * @throws org.springframework.dao.DuplicateKeyException if the person's signature of this version and round, or
     *         the verification code, is already on record
     */
    public long record(Signature unsaved, long requestId) {
        var keys = new GeneratedKeyHolder();
        var signedAt = OffsetDateTime.ofInstant(unsaved.signedAt(), ZoneOffset.UTC);
        jdbc.update(connection -> {
            var insert = connection.prepareStatement(INSERT, new String[] {"id"});
            int i = 0;
            insert.setLong(++i, requestId);
            insert.setLong(++i, unsaved.personId());
            insert.setString(++i, unsaved.personName());
            insert.setString(++i, unsaved.typedName());
            insert.setLong(++i, unsaved.versionId());
            insert.setLong(++i, unsaved.codeId());
            insert.setString(++i, unsaved.codeTitle());
            insert.setInt(++i, unsaved.versionNumber());
            insert.setString(++i, unsaved.sha256());
            insert.setObject(++i, signedAt);
            insert.setString(++i, unsaved.method());
            insert.setString(++i, unsaved.ipAddress());
            insert.setString(++i, unsaved.userAgent());
            insert.setString(++i, unsaved.verificationCode());
            insert.setString(++i, unsaved.checkSha256());
            insert.setInt(++i, unsaved.roundYear());
            return insert;
        }, keys);
        long id = Objects.requireNonNull(keys.getKeyAs(Number.class), "no id generated").longValue();
        int closed = jdbc.update(CLOSE, signedAt, requestId);
        if (closed != 1) {
            // the request is locked by this transaction and was open, so this cannot happen unless the lock is gone
            throw new IllegalStateException("Request " + requestId + " was not open when its signature was written");
        }
        return id;
    }

    /** The version's understanding check, in order; usually none. */
    public List<UnderstandingQuestion> check(long versionId) {
        return jdbc.query(CHECK, (row, i) -> new UnderstandingQuestion(versionId, row.getInt("number"),
                row.getString("question"), options(row.getString("option_1"), row.getString("option_2"),
                        row.getString("option_3"), row.getString("option_4")), row.getInt("right_option"),
                row.getString("explanation"), row.getString("article")), versionId);
    }

    private static List<String> options(String first, String second, @Nullable String third, @Nullable String fourth) {
        var options = new ArrayList<String>(List.of(first, second));
        if (third != null) {
            options.add(third);
        }
        if (fourth != null) {
            options.add(fourth);
        }
        return options;
    }
}
