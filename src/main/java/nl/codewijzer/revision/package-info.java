/**
 * The code that stays alive between team days (issue 15): the review cycle of an adopted version
 * (reminders before its evaluation date, a card on the start page when it is due, and "Herziening
 * starten", which opens the next concept and plans its team day) and, in the same loop, the staff's
 * feedback on each article of the adopted text. A workflow module on top of {@code codetext}, like
 * {@code teamday} and {@code consent}: it reads the evaluation date from {@code consent}, plans the
 * meeting through {@code teamday}'s planning service and never changes an adopted text. Nothing but
 * the start page uses it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "codetext", "consent", "notification", "school", "security", "staff", "teamday" })
package nl.codewijzer.revision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
