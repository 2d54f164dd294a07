package nl.codewijzer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.Reactions;
import nl.codewijzer.SignIn;
import nl.codewijzer.TestPeople;
import nl.codewijzer.audit.internal.AuditChain;
import nl.codewijzer.audit.internal.AuditChainer;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SignedInUser;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.Pseudonymisation;
import nl.codewijzer.staff.StaffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail as the application feeds it: every auditable event lands in the chain in the
 * same transaction as its action, with the person who acted, also under concurrent load.
 */
@CodewijzerTest
class AuditTrailTest {

    static final String BEHEERDER = "beheerder@school.example";
    static final String DOCENT = "docent@school.example";

    @Autowired
    Reactions reactions;
    @Autowired
    AuditTrail trail;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    SchoolSettings settings;
    @Autowired
    StaffService staff;
    @Autowired
    Pseudonymisation pseudonymisation;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditChainer chainer;

    /** The rows of one action about one object, read as the beheerder reads them. */
    private List<AuditEntry> rows(String action, String objectId) {
        var previous = SecurityContextHolder.getContext();
        SignIn.as(users, BEHEERDER);
        try {
            return trail.page(new AuditFilter(action, null, null, null), 0, 500).stream()
                    .filter(entry -> entry.objectId().equals(objectId)).toList();
        } finally {
            TestSecurityContextHolder.setContext(previous);
        }
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }

    @Test
    void an_action_and_its_row_commit_together_with_the_signed_in_person_as_actor() {
        var docent = SignIn.as(users, DOCENT);
        var id = fresh();

        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(id)));

        assertThat(rows(Probe.ACTION, id)).singleElement().satisfies(row -> {
            assertThat(row.actorId()).isEqualTo(docent.personId());
            assertThat(row.actorName()).isEqualTo("Bart de Vries");
            assertThat(row.objectType()).isEqualTo("probe");
            assertThat(row.details()).isEqualTo("n=1");
            assertThat(row.hash()).matches("[0-9a-f]{64}");
        });
    }

    /**
     * Decision 0039: the acting thread only stages its row; this server's chainer thread chains it moments later,
     * without anyone reading the trail (which would chain first).
     */
    @Test
    void a_committed_actions_row_is_chained_by_the_chainer_thread_without_a_reader() throws InterruptedException {
        SignIn.as(users, DOCENT);
        var id = fresh();

        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(id)));

        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (sql.queryForObject("select count(*) from audit_event where object_id = ?", Long.class, id) == 0) {
            assertThat(System.nanoTime()).as("chained by the chainer thread within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        assertThat(sql.queryForObject("select count(*) from audit_pending where object_id = ?", Long.class, id)).isZero();
    }

    @Test
    void an_action_that_rolls_back_leaves_no_row() {
        SignIn.as(users, DOCENT);
        var rolledBack = fresh();
        var failed = fresh();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Probe(rolledBack));
            status.setRollbackOnly();
        });
        var thrown = catchThrowable(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new Probe(failed));
            throw new IllegalStateException("the action fails after announcing itself");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(rows(Probe.ACTION, rolledBack)).isEmpty();
        assertThat(rows(Probe.ACTION, failed)).isEmpty();
    }

    @Test
    void an_event_outside_a_transaction_and_one_from_a_read_only_transaction_are_recorded_in_their_own() {
        SignIn.as(users, DOCENT);
        var alone = fresh();
        var readOnly = fresh();

        events.publishEvent(new Probe(alone));
        var reading = new TransactionTemplate(transaction.getTransactionManager());
        reading.setReadOnly(true);
        reading.executeWithoutResult(status -> events.publishEvent(new Probe(readOnly)));

        assertThat(rows(Probe.ACTION, alone)).hasSize(1);
        assertThat(rows(Probe.ACTION, readOnly)).hasSize(1);
    }

    @Test
    void work_done_as_the_system_is_recorded_as_systeem_without_a_person() {
        var id = fresh();

        SystemActor.runAs(() -> transaction.execute(status -> {
            events.publishEvent(new Probe(id));
            return null;
        }));

        assertThat(rows(Probe.ACTION, id)).singleElement().satisfies(row -> {
            assertThat(row.actorId()).isNull();
            assertThat(row.actorName()).isEqualTo("systeem");
        });
    }

    @Test
    void many_transactions_appending_at_once_leave_one_gap_free_chain_that_verifies() throws Exception {
        var batch = fresh();
        var alone = fresh();
        // more threads than the connection pool has connections, mixing transactions with lone events
        int threads = 16;
        int rounds = 15;
        var people = List.of(DOCENT, "mr.lid@school.example", "coordinator@school.example", "nieuw@school.example");
        var work = new ArrayList<Callable<Void>>();
        for (int t = 0; t < threads; t++) {
            var person = (SignedInUser) users.loadUserByUsername(people.get(t % people.size()));
            work.add(() -> SystemActor.runAsPerson(person, () -> {
                for (int i = 0; i < rounds; i++) {
                    transaction.executeWithoutResult(status -> {
                        events.publishEvent(new Probe(batch, "first", null));
                        events.publishEvent(new Probe(batch, "second", null));
                    });
                    events.publishEvent(new Probe(alone));
                }
                return null;
            }));
        }
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (var future : pool.invokeAll(work)) {
                future.get();
            }
        }

        // the chainer thread chains behind the commits; reading the rows chains what it has not yet, as the trail does
        chainer.chainNow();
        var seqs = sql.queryForList("select seq from audit_event where object_id = ? order by seq", Long.class, batch);
        assertThat(seqs).hasSize(threads * rounds * 2).doesNotHaveDuplicates();
        assertThat(sql.queryForObject("select count(*) from audit_event where object_id = ?", Long.class, alone))
                .isEqualTo(threads * rounds);
        // the two rows of one transaction are neighbours: transactions never interleave in the chain
        var details = sql.queryForList("select details from audit_event where object_id = ? order by seq", String.class, batch);
        for (int i = 0; i < details.size(); i += 2) {
            assertThat(details.subList(i, i + 2)).containsExactly("first", "second");
            assertThat(seqs.get(i + 1)).isEqualTo(seqs.get(i) + 1);
        }
        SignIn.as(users, BEHEERDER);
        var report = trail.verify();
        assertThat(report.intact()).as("chain after concurrent appends: %s", report).isTrue();
        assertThat(report.checked()).isEqualTo(report.lastSeq())
                .isEqualTo(sql.queryForObject("select count(*) from audit_event", Long.class));
    }

    @Test
    void a_login_is_recorded_with_the_person_and_a_failed_one_with_the_typed_email_only() throws Exception {
        var manager = authentication.getAuthenticationManager();
        var docent = (SignedInUser) users.loadUserByUsername(DOCENT);
        chainer.chainNow();
        long before = sql.queryForObject("select last_seq from audit_head", Long.class);

        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(DOCENT, "demo"));
        catchThrowable(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(" Docent@School.example ",
                "geheim-wachtwoord-123")));
        catchThrowable(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("onbekend@school.example",
                "ander-wachtwoord-456")));

        SignIn.as(users, BEHEERDER);
        var rows = trail.page(AuditFilter.ALL, 0, 20).stream().filter(row -> row.seq() > before)
                .filter(row -> row.action().startsWith("login.")).toList().reversed();
        assertThat(rows).extracting(AuditEntry::action).containsExactly("login.succeeded", "login.failed", "login.failed");
        assertThat(rows.get(0).actorId()).isEqualTo(docent.personId());
        assertThat(rows.get(0).actorName()).isEqualTo("Bart de Vries");
        assertThat(rows.get(1).actorId()).isNull();
        assertThat(rows.get(1).actorName()).isEqualTo("docent@school.example");
        assertThat(rows.get(1).subjectId()).isEqualTo(docent.personId());
        assertThat(rows.get(1).details()).isEqualTo("reason=bad-credentials");
        assertThat(rows.get(2).actorName()).isEqualTo("onbekend@school.example");
        assertThat(rows.get(2).subjectId()).isNull();
        assertThat(sql.queryForObject("""
                select count(*) from audit_event e join audit_actor_name n on n.seq = e.seq
                where e.seq > ? and (e.details like '%wachtwoord%' or n.name like '%wachtwoord%')""", Long.class, before))
                .isZero();
    }

    @Test
    void saving_the_school_settings_records_which_settings_changed() {
        SignIn.as(users, BEHEERDER);
        var original = settings.current();
        var changed = settings.update(new nl.codewijzer.school.Settings(original.version(), original.schoolName(),
                original.consentDeadlineDays(), original.votingGeleding(), original.quorumPercent() == 60 ? 61 : 60,
                original.majorityRule(), original.signatureRetentionMonths(), original.votesByName()));
        try {
            var row = trail.page(new AuditFilter("settings.changed", null, null, null), 0, 1).getFirst();
            assertThat(row.details()).isEqualTo("quorumPercent=" + original.quorumPercent() + " -> " + changed.quorumPercent());
            assertThat(row.actorName()).isEqualTo("Ingrid Bakker");
        } finally {
            settings.update(new nl.codewijzer.school.Settings(changed.version(), original.schoolName(),
                    original.consentDeadlineDays(), original.votingGeleding(), original.quorumPercent(),
                    original.majorityRule(), original.signatureRetentionMonths(), original.votesByName()));
        }
    }

    @Test
    void saving_the_school_settings_without_a_change_leaves_no_row() {
        SignIn.as(users, BEHEERDER);
        var changes = new AuditFilter("settings.changed", null, null, null);
        long before = trail.count(changes);

        settings.update(settings.current());

        assertThat(trail.count(changes)).isEqualTo(before);
    }

    @Test
    void after_pseudonymisation_a_leavers_names_are_gone_from_the_trail_which_shows_the_pseudonym_and_still_verifies()
            throws Exception {
        SignIn.as(users, BEHEERDER);
        var today = LocalDate.now(SchoolTime.ZONE);
        var email = "vera.vertrek." + System.nanoTime() + "@school.example";
        var vera = staff.create(new PersonForm("Vera Vertrek", email, Set.of(Role.MEDEWERKER), null, today.minusYears(10),
                null), "tijdelijk-wachtwoord");
        try {
            var manager = authentication.getAuthenticationManager();
            manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "tijdelijk-wachtwoord"));
            catchThrowable(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "fout")));
            staff.deactivate(vera.id(), today.minusYears(3));
            assertThat(names(vera.id())).contains("Vera Vertrek", email);
            // a row a server staged and did not chain before it stopped (decision 0039), with her name
            sql.update("""
                    insert into audit_pending (batch, occurred_at, actor_id, actor_name, action, object_type, object_id,
                        subject_id, details) values (?, ?, ?, 'Vera Vertrek', 'probe.left-behind', 'person', ?, ?, '')""",
                    "left-behind-" + vera.id(), Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)),
                    vera.id(), Long.toString(vera.id()), vera.id());

            SystemActor.runAs(() -> pseudonymisation.pseudonymiseLeavers(today));
            // what the chaining job would do next
            transaction.executeWithoutResult(status -> chain.chainPending());

            assertThat(names(vera.id())).doesNotContain("Vera Vertrek", email);
            SignIn.as(users, BEHEERDER);
            // all of them: she is asked to sign every code other tests adopted, a row each
            var aboutVera = new AuditFilter(null, vera.id(), null, null);
            var rows = trail.page(aboutVera, 0, (int) trail.count(aboutVera));
            var pseudonym = "Oud-medewerker #" + vera.id();
            assertThat(rows).filteredOn(row -> row.action().equals("login.succeeded")).singleElement()
                    .satisfies(row -> assertThat(row.actorName()).isEqualTo(pseudonym));
            assertThat(rows).filteredOn(row -> row.action().equals("login.failed")).singleElement()
                    .satisfies(row -> assertThat(row.actorName()).isNull());
            assertThat(rows).extracting(AuditEntry::subjectName).containsOnly(pseudonym);
            assertThat(rows).extracting(AuditEntry::action).contains("person.joined", "person.left", "person.pseudonymised");
            assertThat(trail.people()).contains(new AuditPerson(vera.id(), pseudonym));
            assertThat(trail.verify().intact()).isTrue();
        } finally {
            // the shared test database keeps its 28 people
            TestPeople.forget(sql, reactions, vera.id());
        }
    }

    /** Every name the trail stores for rows about this person. */
    private List<String> names(long personId) {
        chainer.chainNow();
        return sql.queryForList("""
                select n.name from audit_event e join audit_actor_name n on n.seq = e.seq
                where e.actor_id = ? or e.subject_id = ?""", String.class, personId, personId);
    }

    @Test
    void only_the_beheerder_reads_verifies_and_exports_the_trail() {
        SignIn.as(users, DOCENT);

        assertThatThrownBy(() -> trail.verify()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.page(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.exportCsv(AuditFilter.ALL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_filter_narrows_by_action_person_and_days_and_refuses_an_end_before_the_start() {
        var docent = SignIn.as(users, DOCENT);
        var id = fresh();
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(id)));
        SignIn.as(users, BEHEERDER);
        var today = LocalDate.now(SchoolTime.ZONE);

        assertThat(trail.page(new AuditFilter(Probe.ACTION, docent.personId(), today, today), 0, 500))
                .extracting(AuditEntry::objectId).contains(id);
        assertThat(trail.page(new AuditFilter(Probe.ACTION, docent.personId(), today.plusDays(1), null), 0, 500))
                .isEmpty();
        assertThat(trail.page(new AuditFilter(Probe.ACTION, docent.personId() + 1000, null, null), 0, 500))
                .extracting(AuditEntry::objectId).doesNotContain(id);
        assertThat(trail.count(new AuditFilter(Probe.ACTION, null, null, null)))
                .isEqualTo(sql.queryForObject("select count(*) from audit_event where action = ?", Long.class, Probe.ACTION));
        assertThat(catchThrowable(() -> trail.page(new AuditFilter(null, null, today, today.minusDays(1)), 0, 10)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new InvalidInput.Problem("to", "audit.error.to-before-from")));
    }

    @Test
    void the_csv_export_has_dutch_columns_keeps_formulas_as_text_and_is_itself_recorded() {
        SignIn.as(users, DOCENT);
        var id = fresh();
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(id, "=HYPERLINK(\"http://example.com\")", null)));
        SignIn.as(users, BEHEERDER);
        var filter = new AuditFilter(Probe.ACTION, null, null, null);

        var out = new ByteArrayOutputStream();
        long written = trail.exportCsv(filter, out);

        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFregel;tijdstip;wie-id;wie;actie;omschrijving;objecttype;object-id;betreft-id;"
                + "betreft;details;vorige hash;hash\r\n");
        assertThat(csv.lines().skip(1).count()).isEqualTo(written).isEqualTo(trail.count(filter));
        var line = csv.lines().filter(l -> l.contains(id)).findFirst().orElseThrow();
        assertThat(line).contains(";Bart de Vries;probe.done;probe.done;probe;" + id + ";;;\"'=HYPERLINK(\"\"http://example.com\"\")\";");
        var exported = trail.page(new AuditFilter("audit.exported", null, null, null), 0, 1).getFirst();
        assertThat(exported.details()).isEqualTo("rows=" + written + "; action=probe.done");
        assertThat(exported.actorName()).isEqualTo("Ingrid Bakker");
    }
}
