package nl.codewijzer.publication.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionAdopted;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.consent.RoundSummary;
import nl.codewijzer.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The copy of each adopted version that the public page shows: title, version, adoption and MR consent
 * dates, SHA-256 and text, nothing else. Taken when the page is switched on (by its caller's
 * transaction) and after every adoption, as the system, once the page exists at all.
 */
@Component
public class PublicSnapshot {

    private static final Logger log = LoggerFactory.getLogger(PublicSnapshot.class);

    private final CodeTexts codeTexts;
    private final ConsentRounds consent;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PublicSnapshot(CodeTexts codeTexts, ConsentRounds consent, JdbcTemplate jdbc, Clock clock) {
        this.codeTexts = codeTexts;
        this.consent = consent;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces the copies by the adopted versions of now; the caller holds the transaction. @return the number of codes */
    public int take() {
        jdbc.update("delete from public_code");
        int codes = 0;
        for (var code : codeTexts.codes()) {
            var active = code.active();
            if (active == null) {
                continue;
            }
            var text = codeTexts.version(active.id());
            var consentOn = consent.adoptedRound(active.id()).map(RoundSummary::decisionDate).orElse(null);
            var adoptedOn = LocalDate.ofInstant(active.statusChangedAt(), SchoolTime.ZONE);
            jdbc.update("insert into public_code (code_id, title, version_number, adopted_on, consent_on, sha256, markdown)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setLong(1, code.id());
                        ps.setString(2, code.title());
                        ps.setInt(3, active.number());
                        ps.setObject(4, adoptedOn, Types.DATE);
                        ps.setObject(5, consentOn, Types.DATE);
                        ps.setString(6, active.sha256());
                        ps.setString(7, text.markdown());
                    });
            codes++;
        }
        jdbc.update("update public_page set refreshed_at = ? where id = 1",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return codes;
    }

    /** A new version was adopted: the public page (if the school ever made one) shows it from now on. */
    @ApplicationModuleListener
    void on(VersionAdopted adopted) {
        var pages = jdbc.queryForObject("select count(*) from public_page", Long.class);
        if (pages != null && pages > 0) {
            int codes = SystemActor.runAs(this::take);
            log.info("Public page: version {} adopted, {} code(s) copied", adopted.number(), codes);
        }
    }
}
