/** People, their roles, staff administration and CSV import/export. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "school", "security" })
package nl.codewijzer.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
