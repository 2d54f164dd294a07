package nl.codewijzer.e2e;

/** {@link CrashDurabilityIT} with the production jar on PostgreSQL: what it confirmed survives its kill -9. */
class CrashDurabilityOnPostgresIT extends CrashDurabilityIT {

    @Override
    ProductionJars jars() {
        return ProductionJars.onPostgres();
    }
}
