package nl.codewijzer.publication;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.publication.internal.PublicSnapshot;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switching the public page of the code on and off. The schoolleiding decides (it speaks for the
 * school to parents); the coördinator sees whether it is on and its address.
 */
@Service
@PreAuthorize(Role.Require.FACILITATOR)
public class PublicPages {

    /** The page's path: {@code /code/{slug}}. */
    public static final String PATH = "code/";

    private final PublicSnapshot snapshot;
    private final SchoolSettings settings;
    private final PublicAddress address;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PublicPages(PublicSnapshot snapshot, SchoolSettings settings, PublicAddress address, CurrentUser currentUser,
            ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.snapshot = snapshot;
        this.settings = settings;
        this.address = address;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PublicPageStatus status() {
        boolean canSwitch = currentUser.hasAnyRole(Role.SCHOOLLEIDING);
        return jdbc.query("select slug, enabled, changed_at, changed_by_name from public_page where id = 1", rows -> {
            if (!rows.next()) {
                return new PublicPageStatus(false, null, null, null, null, null, canSwitch);
            }
            var slug = rows.getString(1);
            var url = address.link(PATH + slug);
            var snippet = "<a href=\"" + url + "\">" + settings.schoolName().replace("&", "&amp;").replace("<", "&lt;")
                    + ": onze gedragscode sociale media</a>";
            return new PublicPageStatus(rows.getBoolean(2), slug, url, snippet,
                    rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4), canSwitch);
        });
    }

    /** Makes the adopted code public at {@code /code/{school-slug}}; refused when nothing is adopted yet. */
    @PreAuthorize(Role.Require.SCHOOLLEIDING)
    @Transactional
    public PublicPageStatus switchOn() {
        var slug = slug(settings.schoolName());
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var by = currentUser.require().fullName();
        int updated = jdbc.update("update public_page set slug = ?, enabled = true, school_name = ?, changed_at = ?,"
                + " changed_by_name = ? where id = 1", slug, settings.schoolName(), now, by);
        if (updated == 0) {
            jdbc.update("insert into public_page (id, slug, enabled, school_name, changed_at, changed_by_name, refreshed_at)"
                    + " values (1, ?, true, ?, ?, ?, ?)", slug, settings.schoolName(), now, by, now);
        }
        int codes = snapshot.take();
        if (codes == 0) {
            throw new InvalidInput("enabled", "publication.error.nothing-adopted");
        }
        events.publishEvent(new PublicPageSwitched(slug, true, codes));
        return status();
    }

    /** Takes the page offline: its address then answers "niet (meer) openbaar". */
    @PreAuthorize(Role.Require.SCHOOLLEIDING)
    @Transactional
    public PublicPageStatus switchOff() {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int updated = jdbc.update("update public_page set enabled = false, changed_at = ?, changed_by_name = ?"
                + " where id = 1 and enabled = true", now, currentUser.require().fullName());
        if (updated == 0) {
            throw new InvalidInput("enabled", "publication.error.not-on");
        }
        var slug = jdbc.queryForObject("select slug from public_page where id = 1", String.class);
        events.publishEvent(new PublicPageSwitched(java.util.Objects.requireNonNull(slug), false, 0));
        return status();
    }

    /** "De Linde (demo)" → "de-linde-demo": lowercase ASCII letters and digits, words joined by hyphens. */
    static String slug(String schoolName) {
        var plain = Normalizer.normalize(schoolName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 80) {
            plain = plain.substring(0, 80).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "school" : plain;
    }
}
