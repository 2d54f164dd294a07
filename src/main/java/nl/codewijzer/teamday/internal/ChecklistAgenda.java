package nl.codewijzer.teamday.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.codewijzer.codetext.CodeTemplates;
import nl.codewijzer.teamday.ItemText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default agenda: the brochure's five checklist questions, taken from the template in
 * {@code codes/} so that the projector shows exactly the wording the code's sections carry. From
 * each section "## N. …" it takes the question ("> **Vraag uit de checklist:** …"), the points of
 * "### Om over te praten" as guidance and those of "### Mogelijke afspraken" as answer options.
 */
@Component
public class ChecklistAgenda {

    /** The template whose sections hold the five questions. */
    public static final String TEMPLATE_ID = "gedragscode-sociale-media";

    private static final Logger log = LoggerFactory.getLogger(ChecklistAgenda.class);
    private static final Pattern SECTION = Pattern.compile("^##\\s+([1-5])\\.\\s+(.+?)\\s*$");
    private static final Pattern QUESTION = Pattern.compile("^>\\s*\\*\\*Vraag uit de checklist:\\*\\*\\s*(.+?)\\s*$");
    private static final Pattern SUBSECTION = Pattern.compile("^###\\s+(.+?)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^[-*]\\s+(.+?)\\s*$");

    /** One checklist question with its section's short heading, guidance and answer options. */
    public record Question(int number, String heading, ItemText text) {
    }

    private final CodeTemplates templates;

    ChecklistAgenda(CodeTemplates templates) {
        this.templates = templates;
    }

    public List<Question> questions() {
        var template = templates.find(TEMPLATE_ID);
        if (template.isEmpty()) {
            log.warn("Template {} not found: a new meeting starts with an empty agenda", TEMPLATE_ID);
            return List.of();
        }
        var found = parse(template.get().markdown());
        if (found.size() != 5) {
            log.warn("Template {} has {} of the five checklist sections", TEMPLATE_ID, found.size());
        }
        return found;
    }

    static List<Question> parse(String markdown) {
        var questions = new ArrayList<Question>();
        Integer number = null;
        String heading = "";
        String question = null;
        String subsection = "";
        List<String> guidance = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (var line : (markdown + "\n## end").lines().toList()) {
            if (line.startsWith("## ")) {
                if (number != null && question != null) {
                    questions.add(new Question(number, heading, new ItemText(question, guidance, options)));
                }
                var section = SECTION.matcher(line);
                number = section.matches() ? Integer.valueOf(section.group(1)) : null;
                heading = section.matches() ? section.group(2) : "";
                question = null;
                subsection = "";
                guidance = new ArrayList<>();
                options = new ArrayList<>();
                continue;
            }
            if (number == null) {
                continue;
            }
            var questionLine = QUESTION.matcher(line);
            var sub = SUBSECTION.matcher(line);
            var bullet = BULLET.matcher(line);
            if (questionLine.matches()) {
                question = questionLine.group(1);
            } else if (sub.matches()) {
                subsection = sub.group(1);
            } else if (bullet.matches()) {
                target(subsection, guidance, options).add(bullet.group(1));
            } else if (line.startsWith("  ") && !line.isBlank()) {
                // a bullet continued on the next line
                var list = target(subsection, guidance, options);
                if (!list.isEmpty()) {
                    list.set(list.size() - 1, list.getLast() + " " + line.strip());
                }
            }
        }
        return List.copyOf(questions);
    }

    private static List<String> target(String subsection, List<String> guidance, List<String> options) {
        return switch (subsection) {
            case "Om over te praten" -> guidance;
            case "Mogelijke afspraken" -> options;
            default -> new ArrayList<>();
        };
    }
}
