package nl.codewijzer.consent;

import java.time.LocalDate;
import nl.codewijzer.school.VotingGeleding;

/** What the submit dialog proposes: today plus the reglement's term, and the reglement's voting geleding. */
public record SubmitDefaults(LocalDate deadline, VotingGeleding votingGeleding) {
}
