package nl.codewijzer.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of a row of the audit trail: SHA-256 over an unambiguous encoding of every content
 * column and the previous row's hash. Each field is written as a 4-byte length and its UTF-8
 * bytes ({@code -1} for a missing value), so "ab" + "c" and "a" + "bc" never hash alike, and a
 * version tag in front lets a future format live beside this one.
 */
public final class ChainHash {

    /** The predecessor of the first row. */
    public static final String GENESIS = "0".repeat(64);
    private static final byte[] FORMAT = "codewijzer-audit/1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /** Times are kept to the microsecond, the precision the database stores. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String row(long seq, Instant occurredAt, @Nullable Long actorId, String actorNameDigest, String action,
            String objectType, String objectId, @Nullable Long subjectId, String details, String prevHash) {
        var out = new ByteArrayOutputStream(256 + details.length());
        field(out, FORMAT);
        field(out, Long.toString(seq));
        var time = stored(occurredAt);
        field(out, time.getEpochSecond() + "." + time.getNano() / 1000);
        field(out, actorId == null ? null : Long.toString(actorId));
        field(out, actorNameDigest);
        field(out, action);
        field(out, objectType);
        field(out, objectId);
        field(out, subjectId == null ? null : Long.toString(subjectId));
        field(out, details);
        field(out, prevHash);
        return HEX.formatHex(sha256().digest(out.toByteArray()));
    }

    /** The digest the chain holds instead of the actor's name: SHA-256 over the salt and the name. */
    public static String nameDigest(String salt, String name) {
        var out = new ByteArrayOutputStream(64 + name.length());
        field(out, salt);
        field(out, name);
        return HEX.formatHex(sha256().digest(out.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream out, byte @Nullable [] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            out.writeBytes(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
