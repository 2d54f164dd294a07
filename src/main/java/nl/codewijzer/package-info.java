@NullMarked
package nl.codewijzer;

import org.jspecify.annotations.NullMarked;
