package nl.codewijzer.staff.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.MrGeleding;
import nl.codewijzer.staff.StaffFunction;
import nl.codewijzer.staff.StaffMember;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A person of the school: staff member or MR member. Never deleted, because signatures refer to people. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "full_name", nullable = false)
    private String fullName = "";

    /** Always stored lower-cased and trimmed: the login name is case-insensitive. */
    @Column(nullable = false, unique = true)
    private String email = "";

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate = LocalDate.EPOCH;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "mr_geleding")
    private @Nullable MrGeleding geleding;

    @Column(name = "preferred_language")
    private @Nullable String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_function")
    private @Nullable StaffFunction staffFunction;

    /** Read for up to 100 people at once when a list of them is loaded, not person by person. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    /** Set once, when the retention period after leaving had passed and the personal data went. */
    @Column(name = "pseudonymised_at")
    private @Nullable Instant pseudonymisedAt;

    protected Person() {
    }

    public Person(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static String normalizeName(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Person not saved yet");
        }
        return id;
    }

    public long version() {
        return version;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public @Nullable LocalDate endDate() {
        return endDate;
    }

    public boolean active() {
        return active;
    }

    public @Nullable MrGeleding geleding() {
        return geleding;
    }

    public @Nullable String preferredLanguage() {
        return preferredLanguage;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public void describe(String fullName, String email, Set<Role> roles, @Nullable MrGeleding geleding,
            LocalDate startDate, @Nullable LocalDate endDate, Instant now) {
        this.fullName = normalizeName(fullName);
        this.email = normalizeEmail(email);
        this.roles.clear();
        this.roles.addAll(roles);
        this.geleding = geleding;
        this.startDate = startDate;
        this.endDate = endDate;
        this.updatedAt = now;
    }

    public void assignFunction(@Nullable StaffFunction function) {
        this.staffFunction = function;
    }

    public void setTemporaryPassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.updatedAt = now;
    }

    /** For the demo school and tests' fixtures: a password the person does not have to change. */
    public void setChosenPassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
        this.updatedAt = now;
    }

    public void preferLanguage(String language, Instant now) {
        this.preferredLanguage = language;
        this.updatedAt = now;
    }

    public void deactivate(LocalDate endDate, Instant now) {
        this.active = false;
        this.endDate = endDate;
        this.updatedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.endDate = null;
        this.updatedAt = now;
    }

    public boolean pseudonymised() {
        return pseudonymisedAt != null;
    }

    /**
     * Replaces the personal data by a pseudonym and closes the login, keeping the id (records
     * elsewhere refer to it), the dates and the roles (the signature register needs them).
     */
    public void pseudonymise(String pseudonym, String placeholderEmail, Instant now) {
        this.fullName = pseudonym;
        this.email = placeholderEmail;
        this.passwordHash = null;
        this.mustChangePassword = false;
        this.preferredLanguage = null;
        this.active = false;
        this.pseudonymisedAt = now;
        this.updatedAt = now;
    }

    public StaffMember toStaffMember() {
        return new StaffMember(id(), version, fullName, email, roles(), geleding, startDate, endDate, active,
                active && passwordHash != null, staffFunction);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Person person && id != null && id.equals(person.id));
    }

    @Override
    public int hashCode() {
        return Person.class.hashCode();
    }
}
