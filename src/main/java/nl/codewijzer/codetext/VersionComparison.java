package nl.codewijzer.codetext;

import java.util.List;

/**
 * Two versions of one code and the differences between their texts.
 *
 * @param changedSections the headings of the sections whose text differs ({@link ChangedSections}); "" is
 *                        the part before the first section
 */
public record VersionComparison(VersionSummary from, VersionSummary to, TextDiff.Comparison diff,
        List<String> changedSections) {
}
