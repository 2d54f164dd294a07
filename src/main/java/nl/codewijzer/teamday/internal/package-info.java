@NullMarked
package nl.codewijzer.teamday.internal;

import org.jspecify.annotations.NullMarked;
