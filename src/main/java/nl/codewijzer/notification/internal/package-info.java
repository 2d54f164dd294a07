@NullMarked
package nl.codewijzer.notification.internal;

import org.jspecify.annotations.NullMarked;
