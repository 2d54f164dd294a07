/** The start page every signed-in person lands on. May use any feature module's API; none uses it. */
@NullMarked
package nl.codewijzer.home;

import org.jspecify.annotations.NullMarked;
