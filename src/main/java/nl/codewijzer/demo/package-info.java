/** The demo school "De Linde (demo)", created on first start with an empty database. Nothing uses this module. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "codetext", "school", "security", "signing", "staff", "teamday" })
package nl.codewijzer.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
