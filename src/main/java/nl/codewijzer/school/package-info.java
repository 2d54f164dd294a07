/** School settings: name, the MR reglement's rules, retention. */
@NullMarked
package nl.codewijzer.school;

import org.jspecify.annotations.NullMarked;
