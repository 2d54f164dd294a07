/**
 * The public page of the adopted code for parents and the school website (issue 15): opt-in by the
 * schoolleiding, read-only, at {@code /code/{school-slug}}, without a login and without a Vaadin UI
 * per reader (a plain, cacheable HTML page). It shows a copy of each adopted version (text, version,
 * adoption and MR consent dates, SHA-256) taken when the page is switched on and at every adoption
 * ({@code codetext}'s {@code VersionAdopted}); never staff names, drafts or votes.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "codetext", "consent", "school", "security" })
package nl.codewijzer.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
