@ApplicationModule(allowedDependencies = { "codetext", "school" })
package nl.codewijzer.testfixture.modulemap.teamday;

import org.springframework.modulith.ApplicationModule;
