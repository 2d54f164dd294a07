/**
 * The team day: a facilitator runs the five-question discussion on the projector while staff take
 * part from their phones; polls, proposals and decisions are recorded, minutes are produced, and
 * the decisions become the next concept version of the code (through {@code codetext}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "codetext", "notification", "pdf", "security", "staff" })
package nl.codewijzer.teamday;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
