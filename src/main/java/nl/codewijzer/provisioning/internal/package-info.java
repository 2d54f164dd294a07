/** The SCIM endpoint, its security chain and its tables; nothing outside the module uses these. */
@NullMarked
package nl.codewijzer.provisioning.internal;

import org.jspecify.annotations.NullMarked;
