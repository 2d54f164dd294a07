/**
 * The code text: codes of conduct as Markdown versions with a status machine, safe rendering,
 * diffs, a Markdown archive on disk and PDFs. Workflow modules (team day, consent, signing) use
 * this module; it knows none of them and announces changes with events such as {@link VersionAdopted}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "pdf", "school", "security" })
package nl.codewijzer.codetext;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
