@NullMarked
package nl.codewijzer.audit.internal;

import org.jspecify.annotations.NullMarked;
