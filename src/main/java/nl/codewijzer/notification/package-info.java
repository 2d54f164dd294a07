/**
 * Notifications: an in-app inbox per person and e-mail. Every mail is first stored in an outbox
 * table; it is sent after the transaction that caused it commits, and retried by a scheduled job,
 * so a mail server that is down never undoes an action. Without SMTP configured mails stay in the
 * outbox, which the beheerder can read. A foundation: it knows no feature module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "security", "staff" })
package nl.codewijzer.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
