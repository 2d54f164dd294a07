package nl.codewijzer.codetext;

import java.util.List;

/**
 * What happened to versions outside this module (an MR round, later signatures), so the history can
 * show a version's whole trail. Workflow modules implement it; codetext knows none of them.
 */
public interface VersionTrail {

    /** One step: the version it concerns, a resource key describing it, and the page that shows it. */
    record Step(long versionId, String labelKey, String route) {
    }

    /** The steps for a code's versions that the caller may see (none if they may see none). */
    List<Step> stepsOf(long codeId);
}
