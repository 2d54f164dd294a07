package nl.codewijzer.notification;

import nl.codewijzer.OnPostgres;

/** {@link MailDeliveryTest} on PostgreSQL. */
@OnPostgres
class MailDeliveryOnPostgresTest extends MailDeliveryTest {
}
