@ApplicationModule(allowedDependencies = "school")
package nl.codewijzer.testfixture.modulemap.staff;

import org.springframework.modulith.ApplicationModule;
