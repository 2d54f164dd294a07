package nl.codewijzer.signing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One scenario question of a version's understanding check (decision 0043): two to four answers,
 * the right one (1-based), a one-line explanation and the article of the code it comes from. A
 * check is replaced whole, never edited in place, so the rows are written once.
 */
@Entity
@Table(name = "understanding_question")
public class UnderstandingQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String question = "";

    @Column(name = "option_1", nullable = false, updatable = false)
    private String option1 = "";

    @Column(name = "option_2", nullable = false, updatable = false)
    private String option2 = "";

    @Column(name = "option_3", updatable = false)
    private @Nullable String option3;

    @Column(name = "option_4", updatable = false)
    private @Nullable String option4;

    @Column(name = "right_option", nullable = false, updatable = false)
    private int rightOption;

    @Column(nullable = false, updatable = false)
    private String explanation = "";

    @Column(nullable = false, updatable = false)
    private String article = "";

    protected UnderstandingQuestion() {
    }

    /** @param options two to four answers, already checked */
    public UnderstandingQuestion(long versionId, int number, String question, List<String> options, int rightOption,
            String explanation, String article) {
        if (options.size() < 2 || options.size() > 4 || rightOption < 1 || rightOption > options.size()) {
            throw new IllegalArgumentException("A question needs 2 to 4 answers and one of them right");
        }
        this.versionId = versionId;
        this.number = number;
        this.question = question;
        this.option1 = options.get(0);
        this.option2 = options.get(1);
        this.option3 = options.size() > 2 ? options.get(2) : null;
        this.option4 = options.size() > 3 ? options.get(3) : null;
        this.rightOption = rightOption;
        this.explanation = explanation;
        this.article = article;
    }

    public long versionId() {
        return versionId;
    }

    public int number() {
        return number;
    }

    public String question() {
        return question;
    }

    /** The answers in their order: the first two always, the third and fourth when given. */
    public List<String> options() {
        var options = new ArrayList<String>(List.of(option1, option2));
        if (option3 != null) {
            options.add(option3);
        }
        if (option4 != null) {
            options.add(option4);
        }
        return List.copyOf(options);
    }

    public int rightOption() {
        return rightOption;
    }

    public String explanation() {
        return explanation;
    }

    public String article() {
        return article;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof UnderstandingQuestion that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return UnderstandingQuestion.class.hashCode();
    }
}
