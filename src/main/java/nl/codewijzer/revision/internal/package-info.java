@NullMarked
package nl.codewijzer.revision.internal;

import org.jspecify.annotations.NullMarked;
