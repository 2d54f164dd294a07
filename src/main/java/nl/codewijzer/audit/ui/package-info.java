/** The module's views: what its users see and click, built on its public services. */
@NullMarked
package nl.codewijzer.audit.ui;

import org.jspecify.annotations.NullMarked;
