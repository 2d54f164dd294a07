package nl.codewijzer.audit;

import static nl.codewijzer.base.SpreadsheetCells.safe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import nl.codewijzer.audit.internal.AuditAnchors;
import nl.codewijzer.audit.internal.AuditChain;
import nl.codewijzer.audit.internal.AuditChainer;
import nl.codewijzer.audit.internal.AuditQueries;
import nl.codewijzer.audit.internal.AuditRow;
import nl.codewijzer.base.DutchNames;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The beheerder's view of the audit trail: pages of rows, the filter's choices, verification of
 * the chain and a CSV export. Reading only: rows are added by the events the modules publish.
 */
@Service
@PreAuthorize(Role.Require.BEHEERDER)
public class AuditTrail {

    static final int VERIFY_PAGE = 2_000;
    static final int EXPORT_PAGE = 1_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(SchoolTime.ZONE);

    private final AuditQueries queries;
    private final AuditChain chain;
    private final StaffDirectory directory;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final AuditAnchors anchors;
    private final AuditChainer chainer;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    AuditTrail(AuditQueries queries, AuditChain chain, AuditChainer chainer, StaffDirectory directory,
            Translations translations, ApplicationEventPublisher events, AuditAnchors anchors,
            PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.chain = chain;
        this.chainer = chainer;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
        this.anchors = anchors;
        this.directory = directory;
        this.translations = translations;
        this.events = events;
    }

    /** Rows matching the filter, newest first. */
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        check(filter);
        return chainedThenRead(() -> {
            var rows = queries.page(filter, offset, limit);
            var names = new HashMap<Long, String>();
            loadNames(rows, names);
            return rows.stream().map(row -> entry(row, names)).toList();
        });
    }

    public long count(AuditFilter filter) {
        check(filter);
        return chainedThenRead(() -> queries.count(filter));
    }

    /** Every action that occurs in the trail. */
    public List<String> actions() {
        return chainedThenRead(queries::actions);
    }

    /** Everyone who acted or was acted on, by current name (a pseudonymised person by their pseudonym). */
    public List<AuditPerson> people() {
        return chainedThenRead(() -> {
            var ids = queries.people();
            var names = directory.names(ids);
            return ids.stream().map(id -> new AuditPerson(id, name(id, names)))
                    .sorted(DutchNames.by(AuditPerson::name)).toList();
        });
    }

    /** Recomputes every row's hash in order and reports the first place where the chain breaks. */
    public ChainReport verify() {
        return chainedThenRead(() -> chain.verify(VERIFY_PAGE));
    }

    /** The anchors held against the chain as {@code report} found it: the newest one it confirms, the first it contradicts. */
    @Transactional(readOnly = true)
    public AnchorReport anchors(ChainReport report) {
        return anchors.check(report);
    }

    /** Whether anchoring can work: a time-stamping authority is configured (or the demo one runs). */
    public boolean anchoring() {
        return anchors.available();
    }

    /**
     * Timestamps the chain's head now (the daily job does the same).
     *
     * @throws nl.codewijzer.pdf.TimestampUnavailable if the authority does not answer
     * @throws InvalidInput if no authority is configured
     */
    public AnchorReport.Anchor anchorNow() {
        if (!anchors.available()) {
            throw new InvalidInput("anchor", "audit.anchor.unavailable");
        }
        // the anchored head covers every action committed before the click
        chainer.chainNow();
        return Objects.requireNonNull(writing.execute(status -> anchors.anchor()));
    }

    /** Every anchor, oldest first, as CSV (same format as the rows): row, hash, time, authority, token is in the database. */
    @Transactional(readOnly = true)
    public long exportAnchorsCsv(OutputStream out) {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(List.of("seq", "hash", "time", "authority").stream()
                        .map(column -> dutch("audit.anchor.csv." + column)).toArray(String[]::new))
                .get();
        long rows = 0;
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var printer = new CSVPrinter(writer, format);
            for (var anchor : anchors.all()) {
                printer.printRecord(anchor.seq(), anchor.headHash(), CSV_TIME.format(anchor.timestampedAt()),
                        safe(anchor.authority()));
                rows++;
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Writes the rows matching the filter, oldest first, as CSV (UTF-8, ";"-separated, for Excel)
     * to {@code out}, a page at a time, so a long trail never sits in memory at once.
     *
     * @return the number of rows written
     */
    public long exportCsv(AuditFilter filter, OutputStream out) {
        check(filter);
        return chainedThenRead(() -> writeCsv(filter, out));
    }

    private long writeCsv(AuditFilter filter, OutputStream out) {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(List.of("seq", "time", "actor-id", "actor", "action", "description", "object-type",
                        "object-id", "subject-id", "subject", "details", "prev-hash", "hash").stream()
                        .map(column -> dutch("audit.csv." + column)).toArray(String[]::new))
                .get();
        long rows = 0;
        var names = new HashMap<Long, String>();
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // lets Excel recognise UTF-8
            var printer = new CSVPrinter(writer, format);
            long after = Long.MIN_VALUE;
            while (true) {
                var page = queries.after(filter, after, EXPORT_PAGE);
                loadNames(page, names);
                for (var row : page) {
                    var entry = entry(row, names);
                    printer.printRecord(entry.seq(), CSV_TIME.format(entry.occurredAt()),
                            entry.actorId() == null ? "" : entry.actorId(),
                            safe(entry.actorName() == null ? dutch("audit.actor.erased") : entry.actorName()),
                            safe(entry.action()), safe(actionLabel(entry.action())), safe(entry.objectType()),
                            safe(entry.objectId()), entry.subjectId() == null ? "" : entry.subjectId(),
                            safe(entry.subjectName() == null ? "" : entry.subjectName()), safe(entry.details()),
                            row.prevHash(), entry.hash());
                    rows++;
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                after = page.getLast().seq();
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(new AuditExported(rows, filter));
        return rows;
    }

    /**
     * Chains the rows still waiting behind the committed actions (decision 0039), in a transaction of its own, then
     * reads in a read-only one: a reader sees every action committed before it.
     */
    private <T> T chainedThenRead(Supplier<T> read) {
        chainer.chainNow();
        return Objects.requireNonNull(reading.execute(status -> read.get()));
    }

    /**
     * The Dutch description of an action. Each module names its own actions in its bundle, with the
     * action as the key; an action without a text is written as recorded.
     */
    private String actionLabel(String action) {
        return translations.getTranslationOr(action, Translations.DUTCH, action);
    }

    private AuditEntry entry(AuditRow row, Map<Long, String> names) {
        String actor = row.actorName();
        if (actor == null && row.actorId() != null) {
            // erased with the person's pseudonymisation: shown by the pseudonym the staff list shows
            actor = name(row.actorId(), names);
        }
        return new AuditEntry(row.seq(), row.occurredAt(), row.actorId(), actor, row.action(), row.objectType(),
                row.objectId(), row.subjectId(), row.subjectId() == null ? null : name(row.subjectId(), names),
                row.details(), row.hash());
    }

    /** Adds to {@code names} the current names of the people these rows show and {@code names} lacks, in one query. */
    private void loadNames(List<AuditRow> rows, Map<Long, String> names) {
        var missing = new HashSet<Long>();
        for (var row : rows) {
            if (row.actorName() == null && row.actorId() != null) {
                missing.add(row.actorId());
            }
            if (row.subjectId() != null) {
                missing.add(row.subjectId());
            }
        }
        missing.removeAll(names.keySet());
        if (!missing.isEmpty()) {
            names.putAll(directory.names(missing));
        }
    }

    private static String name(long personId, Map<Long, String> names) {
        return names.getOrDefault(personId, "#" + personId);
    }

    private static void check(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInput("to", "audit.error.to-before-from");
        }
    }

    private String dutch(String key) {
        return translations.getTranslation(key, Translations.DUTCH);
    }
}
