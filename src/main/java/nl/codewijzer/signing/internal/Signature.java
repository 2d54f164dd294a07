package nl.codewijzer.signing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who acknowledged which exact text, when and how. Written once: every column is not updatable and
 * nothing changes it, except that after the retention period the names (and IP address and
 * browser) give way to the person's pseudonym; the hash, the version and the dates stay. The unique key on (person, version) makes a second insert fail, which is what
 * makes signing idempotent under a double click or two tabs.
 */
@Entity
@Table(name = "signature")
public class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, updatable = false)
    private String personName = "";

    @Column(name = "typed_name", nullable = false, updatable = false)
    private String typedName = "";

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "code_id", nullable = false, updatable = false)
    private long codeId;

    @Column(name = "code_title", nullable = false, updatable = false)
    private String codeTitle = "";

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256 = "";

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt = Instant.EPOCH;

    @Column(nullable = false, updatable = false)
    private String method = "";

    @Column(name = "ip_address", updatable = false)
    private @Nullable String ipAddress;

    @Column(name = "user_agent", updatable = false)
    private @Nullable String userAgent;

    @Column(name = "verification_code", nullable = false, updatable = false, length = 10)
    private String verificationCode = "";

    /** The SHA-256 of the understanding check the signer passed (decision 0043); null if the version had none. */
    @Column(name = "check_sha256", updatable = false, length = 64)
    private @Nullable String checkSha256;

    /** 0: a signature of the version's own campaign; otherwise of the yearly re-confirmation of that school year. */
    @Column(name = "round_year", nullable = false, updatable = false)
    private int roundYear;

    /** Set (through {@link SignatureRepository#eraseNames}) once the names gave way to a pseudonym. */
    @Column(name = "name_erased", nullable = false, updatable = false)
    private boolean nameErased;

    protected Signature() {
    }

    public Signature(long requestId, long personId, String personName, String typedName, long versionId, long codeId,
            String codeTitle, int versionNumber, String sha256, Instant signedAt, String method,
            @Nullable String ipAddress, @Nullable String userAgent, String verificationCode) {
        this(requestId, personId, personName, typedName, versionId, codeId, codeTitle, versionNumber, sha256, signedAt,
                method, ipAddress, userAgent, verificationCode, null);
    }

    /** @param checkSha256 the SHA-256 of the understanding check passed before signing, if the version has one */
    public Signature(long requestId, long personId, String personName, String typedName, long versionId, long codeId,
            String codeTitle, int versionNumber, String sha256, Instant signedAt, String method,
            @Nullable String ipAddress, @Nullable String userAgent, String verificationCode,
            @Nullable String checkSha256) {
        this.checkSha256 = checkSha256;
        this.requestId = requestId;
        this.personId = personId;
        this.personName = personName;
        this.typedName = typedName;
        this.versionId = versionId;
        this.codeId = codeId;
        this.codeTitle = codeTitle;
        this.versionNumber = versionNumber;
        this.sha256 = sha256;
        this.signedAt = signedAt;
        this.method = method;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.verificationCode = verificationCode;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Signature not saved yet");
        }
        return id;
    }

    public long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public String typedName() {
        return typedName;
    }

    public long versionId() {
        return versionId;
    }

    public long codeId() {
        return codeId;
    }

    public String codeTitle() {
        return codeTitle;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String sha256() {
        return sha256;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String method() {
        return method;
    }

    public @Nullable String ipAddress() {
        return ipAddress;
    }

    public @Nullable String userAgent() {
        return userAgent;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public @Nullable String checkSha256() {
        return checkSha256;
    }

    /** The signature as the re-confirmation of its request's round (decision 0053); before it is saved. */
    public Signature inRound(int year) {
        this.roundYear = year;
        return this;
    }

    /** 0 for the version's own campaign; the school year's first calendar year for a yearly re-confirmation. */
    public int roundYear() {
        return roundYear;
    }

    public boolean nameErased() {
        return nameErased;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Signature signature && id != null && id.equals(signature.id));
    }

    @Override
    public int hashCode() {
        return Signature.class.hashCode();
    }
}
