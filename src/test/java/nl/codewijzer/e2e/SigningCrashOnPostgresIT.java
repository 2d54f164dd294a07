package nl.codewijzer.e2e;

/** {@link SigningCrashIT} with the production jar on PostgreSQL: confirmed signatures survive its kill -9, two tabs sign once. */
class SigningCrashOnPostgresIT extends SigningCrashIT {

    @Override
    ProductionJars jars() {
        return ProductionJars.onPostgres();
    }
}
