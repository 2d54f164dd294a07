package nl.codewijzer.codetext;

/** Two versions of one code and the differences between their texts. */
public record VersionComparison(VersionSummary from, VersionSummary to, TextDiff.Comparison diff) {
}
