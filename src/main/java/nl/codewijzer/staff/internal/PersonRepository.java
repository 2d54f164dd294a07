package nl.codewijzer.staff.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /** {@code email} must already be normalised (see {@link Person#normalizeEmail}). */
    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
            select distinct p from Person p left join p.roles r
            where (:pattern is null or lower(p.fullName) like :pattern or p.email like :pattern)
              and (:role is null or r = :role)
              and (:active is null or p.active = :active)
            order by p.fullName""")
    List<Person> search(@Nullable String pattern, @Nullable Role role, @Nullable Boolean active);

    /** Active people with their roles, by name, in one query however many there are. */
    @Query("select distinct p from Person p left join fetch p.roles where p.active = true order by p.fullName")
    List<Person> activeWithRoles();

    /** The given people with their roles, in one query (the roles would otherwise be read person by person). */
    @Query("select p from Person p left join fetch p.roles where p.id in :ids")
    List<Person> withRoles(Collection<Long> ids);

    /** Id and current name of the given people, as {@code Object[] {Long, String}} rows. */
    @Query("select p.id, p.fullName from Person p where p.id in :ids")
    List<Object[]> namesOf(Collection<Long> ids);

    @Query("select count(distinct p) from Person p join p.roles r where p.active = true and r = :role")
    long countActiveWithRole(Role role);

    /** Leavers whose end date lies before {@code cutoff} and who still have their personal data. */
    @Query("select p from Person p where p.endDate < :cutoff and p.pseudonymisedAt is null order by p.id")
    List<Person> leftBefore(java.time.LocalDate cutoff);

    @Query("select p.email from Person p")
    List<String> allEmails();
}
