/** The demo school "De Linde (demo)", created on first start with an empty database. Nothing uses this module. */
@NullMarked
package nl.codewijzer.demo;

import org.jspecify.annotations.NullMarked;
