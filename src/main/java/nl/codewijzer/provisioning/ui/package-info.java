/** The beheerder's page for the school's directory: the SCIM token and the Google Workspace import. */
@NullMarked
package nl.codewijzer.provisioning.ui;

import org.jspecify.annotations.NullMarked;
