/** The start page every signed-in person lands on. May use any feature module's API; none uses it. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "revision", "school", "security", "signing" })
package nl.codewijzer.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
