package nl.codewijzer.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone, without logging in, reads at {@code /code/{slug}}: deliberately open (the school made
 * it public), and it reads only the page's own copy of the adopted versions.
 */
@Service
@PreAuthorize(Role.Require.ANYONE)
public class PublicReading {

    /** The page as it stands: on or off, and the moment its content last changed (for caching). */
    public record PageState(String slug, boolean enabled, String schoolName, Instant version) {
    }

    private final JdbcTemplate jdbc;

    PublicReading(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The page at this address; empty when the school never made one there. */
    @Transactional(readOnly = true)
    public Optional<PageState> page(String slug) {
        return jdbc.query("select slug, enabled, school_name, changed_at, refreshed_at from public_page where id = 1 and slug = ?",
                rows -> {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    var changed = rows.getObject(4, OffsetDateTime.class).toInstant();
                    var refreshed = rows.getObject(5, OffsetDateTime.class).toInstant();
                    return Optional.of(new PageState(rows.getString(1), rows.getBoolean(2), rows.getString(3),
                            changed.isAfter(refreshed) ? changed : refreshed));
                }, slug);
    }

    /** The adopted codes the page shows, by title. */
    @Transactional(readOnly = true)
    public List<PublicCode> codes() {
        return jdbc.query("select title, version_number, adopted_on, consent_on, sha256, markdown from public_code order by title",
                (row, index) -> new PublicCode(row.getString(1), row.getInt(2), row.getObject(3, LocalDate.class),
                        row.getObject(4, LocalDate.class), row.getString(5), row.getString(6)));
    }
}
