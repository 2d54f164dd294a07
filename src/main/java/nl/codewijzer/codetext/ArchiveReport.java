package nl.codewijzer.codetext;

import java.util.List;

/** What rebuilding the archive found: files written anew, and files whose text did not match the database. */
public record ArchiveReport(String folder, int versions, int written, int unchanged, List<String> mismatched) {
}
