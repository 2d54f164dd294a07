package nl.codewijzer.revision;

/** One article (a "## " section) of the adopted text: its heading and its Markdown, heading included. */
public record Article(String title, String markdown) {
}
