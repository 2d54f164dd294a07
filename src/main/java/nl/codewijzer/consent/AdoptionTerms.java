package nl.codewijzer.consent;

import java.util.Set;
import nl.codewijzer.staff.StaffFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What the schoolleiding chose about signing when adopting a version: the groups that must sign it
 * (empty: all staff), and whether it is a redactional change (null: everyone signs again). Published
 * in the adopting transaction, before the version becomes the active one, so that a listener in
 * that same transaction holds the choice before anyone is asked to sign.
 */
@NamedInterface("events")
public record AdoptionTerms(long roundId, long versionId, Set<StaffFunction> audience,
        @Nullable Redactional redactional) {

    public AdoptionTerms {
        audience = Set.copyOf(audience);
    }

    /** A redactional change of the version it replaces: signatures of that version still count, for this reason. */
    @NamedInterface("events")
    public record Redactional(long replacedVersionId, String reason) {
    }
}
