@NullMarked
package nl.codewijzer.onboarding.internal;

import org.jspecify.annotations.NullMarked;
