/**
 * The app shell: main layout and navigation, error handling, translations and small shared UI
 * pieces. An open module: every feature may use it; it uses nothing but {@code security}.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = "security")
package nl.codewijzer.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
