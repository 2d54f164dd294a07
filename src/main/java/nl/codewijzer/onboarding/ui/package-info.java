/** The module's views: what its users see and click, built on its public services. */
@NullMarked
package nl.codewijzer.onboarding.ui;

import org.jspecify.annotations.NullMarked;
