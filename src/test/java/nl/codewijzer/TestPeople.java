package nl.codewijzer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes a person a test created and committed, with every row the app wrote about them (a new
 * colleague is asked to sign the active codes and notified of it, may have an invitation), so the
 * shared test database keeps its 28 demo people. The audit trail is append-only and keeps its rows.
 *
 * <p>The app's reactions to the person (asked to sign on joining, ...) run after the commit on the
 * reaction thread: they are awaited first, or one of them writes a row about the person while the
 * person is deleted, and H2 keeps that row without its person (a later move to PostgreSQL refused it).
 */
public final class TestPeople {

    private TestPeople() {
    }

    public static void forget(JdbcTemplate sql, Reactions reactions, long personId) {
        ReactionsDone.await(reactions);
        var emails = sql.queryForList("select email from person where id = ?", String.class, personId);
        sql.update("delete from signature where person_id = ?", personId);
        sql.update("delete from signature_reminder where person_id = ? or sent_by_id = ?", personId, personId);
        sql.update("delete from signature_request where person_id = ?", personId);
        sql.update("delete from invitation where person_id = ? or created_by_id = ?", personId, personId);
        sql.update("delete from notification_inbox where person_id = ?", personId);
        emails.forEach(email -> sql.update("delete from mail_outbox where recipient = ?", email));
        sql.update("delete from person_role where person_id = ?", personId);
        sql.update("delete from person where id = ?", personId);
    }
}
