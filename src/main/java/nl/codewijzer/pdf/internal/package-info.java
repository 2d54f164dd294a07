/** The typesetter behind {@code PdfDocuments}: font metrics, line breaking, pagination, drawing. */
@NullMarked
package nl.codewijzer.pdf.internal;

import org.jspecify.annotations.NullMarked;
