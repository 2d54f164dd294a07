package nl.codewijzer.teamday.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.codewijzer.teamday.DecisionStatus;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import org.jspecify.annotations.Nullable;

/**
 * Writes a meeting's decisions into a code's Markdown: each decided checklist question's text
 * replaces the body of "### Onze afspraak" in its section "## N. …"; decided extra topics get
 * their own subsection under an "Aanvullende afspraken" section. Pure: no database, no clock.
 *
 * <p>The rules, in the order a reader of the draft would ask about them:
 * <ul>
 *   <li>An item is written when it is {@link DecisionStatus#BESLOTEN}, not skipped, has a decision
 *       text and is either question 1–5 or an extra topic (no question) with a title. Every other
 *       item is returned in {@link DraftText#undecided()}, never silently dropped.</li>
 *   <li>Question N: the first level-2 heading whose text starts with "N." is its section (up to the
 *       next heading of level 1 or 2). The body of its first "### Onze afspraak" (up to the next
 *       heading of level 3 or higher) becomes the decision text, followed by the exceptions as their
 *       own paragraph ("Uitzondering: …" or, for several lines, "Uitzonderingen:" and a list). A
 *       section without "### Onze afspraak" gets one at its end.</li>
 *   <li>A section "## N." that does not exist is created, headed "## N. &lt;the item's title&gt;", after
 *       the nearest lower-numbered section (or before the nearest higher-numbered one, or else before
 *       the closing sections). Decided here rather than listing the item as undecided: the team did
 *       decide, the coördinator sees the new section in the draft's diff and can move the text, and
 *       "undecided" would tell them the opposite of what happened.</li>
 *   <li>Extra topics: "### &lt;title&gt;" under "## Aanvullende afspraken"; an existing subsection with
 *       the same title (case and spacing ignored) is replaced, not duplicated. The section is created
 *       before "## Wettelijke meldplicht…", else before "## Ondertekening", else at the end.</li>
 *   <li>Several decided items for the same question (or topic title) are written one after the other,
 *       in agenda order: the team decided each of them.</li>
 *   <li>Everything else stays byte for byte as it was, line endings included; new lines get the
 *       text's own line ending. Merging the same items again gives the same text.</li>
 *   <li>A decision text is body text: a line in it that Markdown would read as a heading is escaped
 *       ({@code \#}) and an unclosed code fence is closed, so a decision can never add sections to
 *       the code or swallow the sections after it.</li>
 * </ul>
 *
 * <p>Over 400 lines, on purpose: one algorithm (placing decisions into Markdown sections, byte for
 * byte elsewhere) whose steps share the line model; the rules above are its table of contents.
 */
public final class DecisionsIntoText {

    // The code text itself is Dutch (every code is `language: nl`, see codes/README.md), and the software
    // finds a code's parts by these headings. They are the document's own words, not user interface, so
    // they live here and not in the bundles: a member reading English still signs the Dutch text.
    static final String OUR_AGREEMENT = "Onze afspraak";
    static final String EXTRA_AGREEMENTS = "Aanvullende afspraken";
    static final String STATUTORY_DUTY = "Wettelijke meldplicht";
    static final String SIGNING = "Ondertekening";
    static final String EXCEPTION = "Uitzondering";
    static final String EXCEPTIONS = "Uitzonderingen";
    /** What the template has under "Onze afspraak" until the team decides: not agreed text, never asked about. */
    static final String PLACEHOLDER = "*Hier komt de afspraak die het team maakt.*";

    private static final int FIRST_QUESTION = 1;
    private static final int LAST_QUESTION = 5;

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t](.*))?$");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
    private static final Pattern FENCE_OPENING = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\..*");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-*+][ \\t]+");

    private DecisionsIntoText() {
    }

    public static DraftText merge(String markdown, List<AgendaResult> items) {
        return merge(markdown, items, Set.of());
    }

    /**
     * As {@link #merge(String, List)}, but at the places named in {@code keep} (see {@link #replaced})
     * the text that is there stays, and the decision follows it: "add" instead of "replace".
     */
    public static DraftText merge(String markdown, List<AgendaResult> items, Set<String> keep) {
        var written = new ArrayList<AgendaResult>();
        var undecided = new ArrayList<AgendaResult>();
        var byQuestion = new TreeMap<Integer, List<AgendaResult>>();
        var byTopic = new LinkedHashMap<String, List<AgendaResult>>();
        for (var item : items) {
            var question = item.question();
            if (!isDecided(item)) {
                undecided.add(item);
            } else if (question == null && !oneLine(item.title()).isEmpty()) {
                byTopic.computeIfAbsent(titleKey(oneLine(item.title())), key -> new ArrayList<>()).add(item);
                written.add(item);
            } else if (question != null && question >= FIRST_QUESTION && question <= LAST_QUESTION) {
                byQuestion.computeIfAbsent(question, key -> new ArrayList<>()).add(item);
                written.add(item);
            } else {
                // a question outside the checklist or a topic without a title has no place in the code
                undecided.add(item);
            }
        }
        var text = Lines.of(markdown);
        byQuestion.forEach((question, decided) -> writeQuestion(text, question, decided,
                keep.contains(questionPlace(question))));
        byTopic.forEach((key, decided) -> writeTopic(text, key, decided, keep.contains(topicPlace(key))));
        return new DraftText(text.toString(), List.copyOf(written), List.copyOf(undecided));
    }

    /**
     * Where merging these items would replace text that is there now ("Onze afspraak" of a question
     * with a body, or an extra topic's subsection), in the order they would be written: what the
     * facilitator is asked about before the draft is made. Places without text are not listed.
     */
    public static List<Replacement> replaced(String markdown, List<AgendaResult> items) {
        var text = Lines.of(markdown);
        var found = new ArrayList<Replacement>();
        var questions = new java.util.TreeSet<Integer>();
        var topics = new LinkedHashMap<String, String>();
        for (var item : items) {
            var question = item.question();
            if (!isDecided(item)) {
                continue;
            }
            if (question == null && !oneLine(item.title()).isEmpty()) {
                topics.putIfAbsent(titleKey(oneLine(item.title())), oneLine(item.title()));
            } else if (question != null && question >= FIRST_QUESTION && question <= LAST_QUESTION) {
                questions.add(question);
            }
        }
        for (int question : questions) {
            int section = text.find(0, text.size(), 2, heading -> heading.startsWith(question + "."));
            if (section >= 0) {
                int end = text.end(section, 2);
                int agreement = text.find(section + 1, end, 3, heading -> heading.equalsIgnoreCase(OUR_AGREEMENT));
                if (agreement >= 0 && !agreedText(text.body(agreement)).isEmpty()) {
                    found.add(new Replacement(questionPlace(question), text.headingText(section),
                            String.join("\n", text.body(agreement))));
                }
            }
        }
        int extra = text.find(0, text.size(), 2, heading -> heading.equalsIgnoreCase(EXTRA_AGREEMENTS));
        if (extra >= 0) {
            int end = text.end(extra, 2);
            topics.forEach((key, title) -> {
                int topic = text.find(extra + 1, end, 3, heading -> titleKey(heading).equals(key));
                if (topic >= 0 && !agreedText(text.body(topic)).isEmpty()) {
                    found.add(new Replacement(topicPlace(key), EXTRA_AGREEMENTS + ": " + text.headingText(topic),
                            String.join("\n", text.body(topic))));
                }
            });
        }
        return List.copyOf(found);
    }

    /**
     * A place whose text a decision would replace.
     *
     * @param place   what to pass in {@code keep} to add instead
     * @param heading the section's heading, as the code shows it
     * @param current the text there now
     */
    public record Replacement(String place, String heading, String current) {
    }

    private static String questionPlace(int question) {
        return "vraag-" + question;
    }

    private static String topicPlace(String key) {
        return "onderwerp-" + key;
    }

    private static boolean isDecided(AgendaResult item) {
        return item.status() == DecisionStatus.BESLOTEN && !item.skipped() && !item.decisionText().isBlank();
    }

    private static void writeQuestion(Lines text, int question, List<AgendaResult> decided, boolean keep) {
        int section = text.find(0, text.size(), 2, heading -> heading.startsWith(question + "."));
        if (section < 0) {
            section = text.insertSection(questionSectionPosition(text, question),
                    "## " + question + ". " + headingSafe(oneLine(decided.getFirst().title())));
        }
        int end = text.end(section, 2);
        int agreement = text.find(section + 1, end, 3, heading -> heading.equalsIgnoreCase(OUR_AGREEMENT));
        if (agreement < 0) {
            agreement = text.appendSubsection(section, OUR_AGREEMENT);
        }
        text.replaceBody(agreement, keep ? afterCurrent(text, agreement, decided) : body(decided));
    }

    private static void writeTopic(Lines text, String key, List<AgendaResult> decided, boolean keep) {
        int section = text.find(0, text.size(), 2, heading -> heading.equalsIgnoreCase(EXTRA_AGREEMENTS));
        if (section < 0) {
            int before = text.find(0, text.size(), 2, heading -> heading.startsWith(STATUTORY_DUTY));
            if (before < 0) {
                before = text.find(0, text.size(), 2, heading -> heading.startsWith(SIGNING));
            }
            section = text.insertSection(before < 0 ? text.size() : before, "## " + EXTRA_AGREEMENTS);
        }
        int end = text.end(section, 2);
        int topic = text.find(section + 1, end, 3, heading -> titleKey(heading).equals(key));
        if (topic < 0) {
            topic = text.appendSubsection(section, headingSafe(oneLine(decided.getFirst().title())));
        }
        text.replaceBody(topic, keep ? afterCurrent(text, topic, decided) : body(decided));
    }

    /** After the nearest lower-numbered section, else before the nearest higher one, else before the closing parts. */
    private static int questionSectionPosition(Lines text, int question) {
        int below = -1;
        int belowNumber = Integer.MIN_VALUE;
        int above = -1;
        for (int i = 0; i < text.size(); i++) {
            var matcher = text.level(i) == 2 ? NUMBERED.matcher(text.headingText(i)) : null;
            if (matcher == null || !matcher.matches() || matcher.group(1).length() > 9) {
                continue;
            }
            int number = Integer.parseInt(matcher.group(1));
            if (number < question && number > belowNumber) {
                below = i;
                belowNumber = number;
            } else if (number > question && above < 0) {
                above = i;
            }
        }
        if (below >= 0) {
            return text.end(below, 2);
        }
        if (above >= 0) {
            return above;
        }
        for (var closing : List.of(EXTRA_AGREEMENTS, STATUTORY_DUTY, SIGNING)) {
            int at = text.find(0, text.size(), 2, heading -> heading.startsWith(closing));
            if (at >= 0) {
                return at;
            }
        }
        return text.size();
    }

    /** A body as agreed text: the template's placeholder is none. */
    private static List<String> agreedText(List<String> body) {
        return body.size() == 1 && body.getFirst().strip().equals(PLACEHOLDER) ? List.of() : body;
    }

    /** The text under heading {@code index} as it is, a blank line, and then the decisions. */
    private static List<String> afterCurrent(Lines text, int index, List<AgendaResult> decided) {
        var lines = new ArrayList<>(agreedText(text.body(index)));
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.addAll(body(decided));
        return lines;
    }

    /** The lines written for one place in the code: each decision with its exceptions, blank lines between. */
    private static List<String> body(List<AgendaResult> decided) {
        var lines = new ArrayList<String>();
        for (var item : decided) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(bodyText(item.decisionText()));
            var exceptions = item.exceptions().lines().map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> BULLET.matcher(line).replaceFirst("")).map(DecisionsIntoText::inlineSafe).toList();
            if (exceptions.size() == 1) {
                lines.add("");
                lines.add(EXCEPTION + ": " + withFullStop(exceptions.getFirst()));
            } else if (exceptions.size() > 1) {
                lines.add("");
                lines.add(EXCEPTIONS + ":");
                lines.add("");
                exceptions.forEach(exception -> lines.add("- " + exception));
            }
        }
        return lines;
    }

    /** The decision's own lines without leading and trailing blank lines, unable to change the code's structure. */
    private static List<String> bodyText(String decisionText) {
        var lines = new ArrayList<>(decisionText.lines().toList());
        while (!lines.isEmpty() && lines.getFirst().isBlank()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        Fence fence = null;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (fence != null) {
                if (fence.closedBy(line)) {
                    fence = null;
                }
                continue;
            }
            fence = Fence.openedBy(line);
            if (fence == null && ATX_HEADING.matcher(line).matches()) {
                int hash = line.indexOf('#');
                lines.set(i, line.substring(0, hash) + "\\" + line.substring(hash));
            }
        }
        if (fence != null) {
            lines.add(fence.closing());
        }
        return lines;
    }

    /** One line of a list item or a sentence: a leading "#" would make a heading inside it. */
    private static String inlineSafe(String line) {
        return line.startsWith("#") ? "\\" + line : line;
    }

    private static String withFullStop(String sentence) {
        return sentence.matches(".*[.!?;:…]$") ? sentence : sentence + ".";
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** A title as heading text: closing hashes ("Topic #") would otherwise be read as decoration and dropped. */
    private static String headingSafe(String title) {
        return title.replaceFirst("([ \\t])(#+)$", "$1\\\\$2");
    }

    /** How two titles are compared: as a reader sees them, ignoring case, spacing and Markdown escapes. */
    private static String titleKey(String title) {
        return oneLine(MARKDOWN_ESCAPE.matcher(title).replaceAll("$1")).toLowerCase(Locale.ROOT);
    }

    /** A fenced code block's opening line: the closing line uses the same character, at least as often. */
    private record Fence(char marker, int length) {

        static @Nullable Fence openedBy(String line) {
            Matcher matcher = FENCE_OPENING.matcher(line);
            if (!matcher.matches() || (matcher.group(1).charAt(0) == '`' && matcher.group(2).contains("`"))) {
                return null;
            }
            return new Fence(matcher.group(1).charAt(0), matcher.group(1).length());
        }

        boolean closedBy(String line) {
            var trimmed = line.stripTrailing();
            int indent = 0;
            while (indent < trimmed.length() && indent < 4 && trimmed.charAt(indent) == ' ') {
                indent++;
            }
            if (indent > 3) {
                return false;
            }
            var run = trimmed.substring(indent);
            return run.length() >= length && run.chars().allMatch(c -> c == marker);
        }

        String closing() {
            return String.valueOf(marker).repeat(length);
        }
    }

    /**
     * The Markdown as lines, each with its own line ending, so untouched lines come out exactly as
     * they went in. Heading levels are worked out anew after every change: front matter and fenced
     * code are skipped, only ATX headings ("## …", as in every code) count.
     */
    private static final class Lines {

        private record Line(String content, String ending) {
        }

        private final List<Line> lines;
        private final String newline;
        private final boolean endsWithNewline;
        private int[] levels = new int[0];

        private Lines(List<Line> lines, String newline, boolean endsWithNewline) {
            this.lines = lines;
            this.newline = newline;
            this.endsWithNewline = endsWithNewline;
            analyse();
        }

        static Lines of(String markdown) {
            var lines = new ArrayList<Line>();
            String newline = null;
            int start = 0;
            while (start < markdown.length()) {
                int end = start;
                while (end < markdown.length() && markdown.charAt(end) != '\n' && markdown.charAt(end) != '\r') {
                    end++;
                }
                int next = end;
                if (next < markdown.length()) {
                    next += markdown.startsWith("\r\n", next) ? 2 : 1;
                }
                var ending = markdown.substring(end, next);
                if (newline == null && !ending.isEmpty()) {
                    newline = ending;
                }
                lines.add(new Line(markdown.substring(start, end), ending));
                start = next;
            }
            boolean endsWithNewline = !lines.isEmpty() && !lines.getLast().ending().isEmpty();
            return new Lines(lines, newline == null ? "\n" : newline, endsWithNewline);
        }

        int size() {
            return lines.size();
        }

        int level(int index) {
            return levels[index];
        }

        String headingText(int index) {
            var matcher = ATX_HEADING.matcher(content(index));
            if (!matcher.matches() || matcher.group(2) == null) {
                return "";
            }
            return CLOSING_HASHES.matcher(matcher.group(2).strip()).replaceFirst("").strip();
        }

        /** The first heading of exactly {@code level} in [from, to) whose text passes {@code test}, or -1. */
        int find(int from, int to, int level, Predicate<String> test) {
            for (int i = from; i < to; i++) {
                if (levels[i] == level && test.test(headingText(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** Where the part under heading {@code index} ends: the next heading of at most {@code level}, or the end. */
        int end(int index, int level) {
            for (int i = index + 1; i < lines.size(); i++) {
                if (levels[i] > 0 && levels[i] <= level) {
                    return i;
                }
            }
            return lines.size();
        }

        /** Puts a level-2 heading at {@code at}, with blank lines around it where needed; returns its index. */
        int insertSection(int at, String heading) {
            var added = new ArrayList<String>();
            if (at > 0 && !content(at - 1).isBlank()) {
                added.add("");
            }
            int index = at + added.size();
            added.add(heading);
            if (at < lines.size()) {
                added.add("");
            }
            replace(at, at, added);
            return index;
        }

        /** Adds "### title" after the last text of the section at {@code section}; returns its index. */
        int appendSubsection(int section, String title) {
            int last = section;
            for (int i = section + 1; i < end(section, 2); i++) {
                if (!content(i).isBlank()) {
                    last = i;
                }
            }
            replace(last + 1, last + 1, List.of("", "### " + title));
            return last + 2;
        }

        /** What is under heading {@code index} up to the next heading of level 3 or higher, without blank lines around it. */
        List<String> body(int index) {
            int from = index + 1;
            int to = end(index, 3);
            while (from < to && content(from).isBlank()) {
                from++;
            }
            while (to > from && content(to - 1).isBlank()) {
                to--;
            }
            var body = new ArrayList<String>();
            for (int i = from; i < to; i++) {
                body.add(content(i));
            }
            return body;
        }

        /**
         * Replaces what is under heading {@code index}, up to the next heading of level 3 or higher,
         * by a blank line and {@code body}; the blank lines that separated it from what follows stay.
         */
        void replaceBody(int index, List<String> body) {
            int end = end(index, 3);
            int trailingBlanks = 0;
            for (int i = end - 1; i > index && content(i).isBlank(); i--) {
                trailingBlanks++;
            }
            var added = new ArrayList<String>();
            added.add("");
            added.addAll(body);
            for (int i = Math.max(trailingBlanks, end < lines.size() ? 1 : 0); i > 0; i--) {
                added.add("");
            }
            replace(index + 1, end, added);
        }

        private void replace(int from, int to, List<String> contents) {
            lines.subList(from, to).clear();
            lines.addAll(from, contents.stream().map(content -> new Line(content, "")).toList());
            analyse();
        }

        private String content(int index) {
            var content = lines.get(index).content();
            return index == 0 && content.startsWith("\uFEFF") ? content.substring(1) : content;
        }

        private void analyse() {
            levels = new int[lines.size()];
            int start = 0;
            if (!lines.isEmpty() && content(0).strip().equals("---")) {
                for (int i = 1; i < lines.size(); i++) {
                    var line = content(i).strip();
                    if (line.equals("---") || line.equals("...")) {
                        start = i + 1;
                        break;
                    }
                }
            }
            Fence fence = null;
            for (int i = start; i < lines.size(); i++) {
                var line = content(i);
                if (fence != null) {
                    if (fence.closedBy(line)) {
                        fence = null;
                    }
                    continue;
                }
                fence = Fence.openedBy(line);
                var heading = ATX_HEADING.matcher(line);
                if (fence == null && heading.matches()) {
                    levels[i] = heading.group(1).length();
                }
            }
        }

        @Override
        public String toString() {
            var text = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                text.append(line.content());
                boolean last = i == lines.size() - 1;
                if (!last || endsWithNewline) {
                    text.append(line.ending().isEmpty() ? newline : line.ending());
                }
            }
            return text.toString();
        }
    }
}
