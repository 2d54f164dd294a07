package nl.codewijzer.teamday.internal;

import java.util.List;
import nl.codewijzer.teamday.Minutes.AgendaResult;

/**
 * The code text with a meeting's decisions written in.
 *
 * @param markdown  the new text of the draft
 * @param written   the items whose decision was written into the text
 * @param undecided the items that were not (not besloten, skipped, or without decision text; also,
 *                  against the contract of {@code AgendaResult}, a question outside 1–5 or an
 *                  extra topic without a title); listed to the coördinator, never silently dropped.
 *                  A decided question whose section the code lacks is written, in a new section:
 *                  see {@link DecisionsIntoText}
 */
public record DraftText(String markdown, List<AgendaResult> written, List<AgendaResult> undecided) {
}
