@NullMarked
package nl.codewijzer.signing.internal;

import org.jspecify.annotations.NullMarked;
