/** Login, password change, roles and the current user. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base" })
package nl.codewijzer.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
