/** Login, password change, roles and the current user. */
@NullMarked
package nl.codewijzer.security;

import org.jspecify.annotations.NullMarked;
