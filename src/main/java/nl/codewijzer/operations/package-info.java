/**
 * Running the app: the health check that a load balancer and the ICT provider read
 * ({@code /actuator/health}, with liveness and readiness), and backups of the embedded database. It
 * reads other modules only through their public API.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "notification", "pdf" })
package nl.codewijzer.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
