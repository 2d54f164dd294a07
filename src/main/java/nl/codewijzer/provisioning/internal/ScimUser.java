package nl.codewijzer.provisioning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The directory's names for a person it provisioned: its userName and externalId. */
@Entity
@Table(name = "scim_user")
public class ScimUser {

    @Id
    @Column(name = "person_id")
    private long personId;

    /** Lower-cased: SCIM compares userName case-insensitively. */
    @Column(name = "user_name", nullable = false)
    private String userName = "";

    @Column(name = "external_id")
    private @Nullable String externalId;

    @Column(name = "given_name")
    private @Nullable String givenName;

    @Column(name = "family_name")
    private @Nullable String familyName;

    protected ScimUser() {
    }

    public ScimUser(long personId, String userName, @Nullable String externalId, @Nullable String givenName,
            @Nullable String familyName) {
        this.personId = personId;
        describe(userName, externalId, givenName, familyName);
    }

    public void describe(String userName, @Nullable String externalId, @Nullable String givenName,
            @Nullable String familyName) {
        this.userName = userName.strip().toLowerCase(java.util.Locale.ROOT);
        this.externalId = blankToNull(externalId, 200);
        this.givenName = blankToNull(givenName, 200);
        this.familyName = blankToNull(familyName, 200);
    }

    private static @Nullable String blankToNull(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }

    public @Nullable String givenName() {
        return givenName;
    }

    public @Nullable String familyName() {
        return familyName;
    }

    public long personId() {
        return personId;
    }

    public String userName() {
        return userName;
    }

    public @Nullable String externalId() {
        return externalId;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof ScimUser user && personId == user.personId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }
}
