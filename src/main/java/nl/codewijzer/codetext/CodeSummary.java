package nl.codewijzer.codetext;

import org.jspecify.annotations.Nullable;

/** A code as lists show it: its active version and newest draft, if any (and if the reader may see it). */
public record CodeSummary(long id, String slug, String title, @Nullable VersionSummary active,
        @Nullable VersionSummary latestDraft, int versionCount) {
}
