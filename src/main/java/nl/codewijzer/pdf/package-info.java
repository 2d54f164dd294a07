/** Typesetting shared by all of Codewijzer's PDFs: fonts, page frame, headings, lists and tables. */
@NullMarked
package nl.codewijzer.pdf;

import org.jspecify.annotations.NullMarked;
