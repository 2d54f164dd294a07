/** People, their roles, staff administration and CSV import/export. */
@NullMarked
package nl.codewijzer.staff;

import org.jspecify.annotations.NullMarked;
