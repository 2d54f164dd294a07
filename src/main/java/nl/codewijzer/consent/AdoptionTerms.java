package nl.codewijzer.consent;

import java.util.Set;
import nl.codewijzer.staff.StaffFunction;
import org.springframework.modulith.NamedInterface;

/**
 * What the schoolleiding chose about signing when adopting a version: the groups that must sign it
 * (empty: all staff). Published in the adopting transaction, before the version becomes the active
 * one, so that a listener in that same transaction holds the choice before anyone is asked to sign.
 */
@NamedInterface("events")
public record AdoptionTerms(long roundId, long versionId, Set<StaffFunction> audience) {

    public AdoptionTerms {
        audience = Set.copyOf(audience);
    }
}
