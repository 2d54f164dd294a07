/** Typesetting shared by all of Codewijzer's PDFs: fonts, page frame, headings, lists and tables. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "security" })
package nl.codewijzer.pdf;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
