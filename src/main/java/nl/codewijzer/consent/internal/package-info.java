@NullMarked
package nl.codewijzer.consent.internal;

import org.jspecify.annotations.NullMarked;
