package nl.codewijzer.provisioning;

import java.nio.charset.StandardCharsets;

/**
 * A user list as the Google Admin console exports it (Directory → Users → Download users, all
 * columns): Google's own header, comma-separated, UTF-8, values quoted where needed.
 */
public final class GoogleExport {

    private static final String HEADER = "First Name [Required],Last Name [Required],Email Address [Required],"
            + "Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],"
            + "New Primary Email [UPLOAD ONLY],Recovery Email,Home Secondary Email,Work Secondary Email,"
            + "Recovery Phone [MUST BE IN THE E.164 FORMAT],Work Phone,Home Phone,Mobile Phone,Work Address,"
            + "Home Address,Employee ID,Employee Type,Employee Title,Manager Email,Department,Cost Center,"
            + "Building ID,Floor Name,Floor Section,Change Password at Next Sign-In,New Status [UPLOAD ONLY],"
            + "Advanced Protection Program enrollment,Status [READ ONLY],Last Sign In [READ ONLY],"
            + "Email Usage [READ ONLY]\n";

    private final StringBuilder text = new StringBuilder(HEADER);

    public static GoogleExport users() {
        return new GoogleExport();
    }

    /** A user with Google's other columns as an export fills them (password masked, no upload-only values). */
    public GoogleExport user(String firstName, String lastName, String email, String orgUnit, String status) {
        text.append(csv(firstName)).append(',').append(csv(lastName)).append(',').append(email)
                .append(",****,,").append(orgUnit).append(",,,,,,,,,,,,,,,,,,,,False,,False,").append(status)
                .append(",2026/11/30 08:12:44,0.1GB\n");
        return this;
    }

    public byte[] utf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
