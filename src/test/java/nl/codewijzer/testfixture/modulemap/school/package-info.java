@ApplicationModule(allowedDependencies = "codetext")
package nl.codewijzer.testfixture.modulemap.school;

import org.springframework.modulith.ApplicationModule;
