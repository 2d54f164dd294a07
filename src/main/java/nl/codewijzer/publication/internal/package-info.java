@NullMarked
package nl.codewijzer.publication.internal;

import org.jspecify.annotations.NullMarked;
