/** Storage of the links between school accounts and people; only the security module uses it. */
@NullMarked
package nl.codewijzer.security.internal;

import org.jspecify.annotations.NullMarked;
