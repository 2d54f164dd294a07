/** The module's own implementation: not for other modules. */
@NullMarked
package nl.codewijzer.codetext.internal;

import org.jspecify.annotations.NullMarked;
