@ApplicationModule(allowedDependencies = "school")
package nl.codewijzer.testfixture.modulemap.codetext;

import org.springframework.modulith.ApplicationModule;
