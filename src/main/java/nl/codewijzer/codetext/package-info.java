/**
 * The code text as Markdown: the one safe renderer (editor preview, read view, PDF input) with its
 * section outline, and the comparison of two versions of the source text.
 */
@NullMarked
package nl.codewijzer.codetext;

import org.jspecify.annotations.NullMarked;
