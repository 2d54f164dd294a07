/** School settings: name, the MR reglement's rules, retention. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base" })
package nl.codewijzer.school;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
