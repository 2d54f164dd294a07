/**
 * MR consent (WMS instemmingsrecht): a concept version is put to the MR as a voorgenomen besluit,
 * the voting geleding votes, the voorzitter records the MR's decision, and the schoolleiding adopts
 * a consented version or, after a refusal, withdraws, amends or takes the dispute to the Landelijke
 * Commissie voor Geschillen WMS. Announces {@link ConsentGiven} and {@link ConsentRefused}. Uses
 * {@code teamday} only to hand the MR the minutes behind a concept (decision 0050).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "codetext", "notification", "pdf", "school", "security", "staff", "teamday" })
package nl.codewijzer.consent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
