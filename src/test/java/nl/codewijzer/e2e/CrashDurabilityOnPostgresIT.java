package nl.codewijzer.e2e;

/**
 * {@link CrashDurabilityIT} with the production jar on PostgreSQL: the people and signatures it
 * confirmed survive its kill -9, and two tabs sign once.
 */
class CrashDurabilityOnPostgresIT extends CrashDurabilityIT {

    @Override
    ProductionJars jars() {
        return ProductionJars.onPostgres();
    }
}
