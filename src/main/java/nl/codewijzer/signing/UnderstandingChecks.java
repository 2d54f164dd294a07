package nl.codewijzer.signing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.ChangedSections;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.internal.CheckGrading;
import nl.codewijzer.signing.internal.RequestRepository;
import nl.codewijzer.signing.internal.SignatureRepository;
import nl.codewijzer.signing.internal.UnderstandingQuestion;
import nl.codewijzer.signing.internal.UnderstandingQuestionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The understanding check before signing (issue 14, decision 0043): per version up to five short
 * scenario questions, each with its right answer, a one-line explanation and the article it comes
 * from. The coördinator and the schoolleiding prepare it, from a concept on until the first
 * signature; the signer answers it before the confirmation box. Grading is stateless: the page
 * grades for the signer to learn and {@link Signing#sign} grades again, and no attempt, right or
 * wrong, is stored. A signature keeps only the SHA-256 of the check it passed.
 */
@Service
public class UnderstandingChecks {

    public static final String ROUTE = "ondertekening/begripscheck";
    public static final int MAX_QUESTIONS = 5;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 4;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_OPTION = 200;
    public static final int MAX_EXPLANATION = 300;
    public static final int SUGGESTIONS = 5;
    /** The statuses in which a check may be prepared: a concept on its way to adoption, or the adopted text. */
    private static final Set<VersionStatus> PREPARABLE = EnumSet.of(VersionStatus.CONCEPT,
            VersionStatus.TER_INSTEMMING, VersionStatus.INGESTEMD, VersionStatus.VASTGESTELD);

    private final UnderstandingQuestionRepository questions;
    private final RequestRepository requests;
    private final SignatureRepository signatures;
    private final CodeTexts codeTexts;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final ApplicationEventPublisher events;

    UnderstandingChecks(UnderstandingQuestionRepository questions, RequestRepository requests,
            SignatureRepository signatures, CodeTexts codeTexts, CurrentUser currentUser, Translations translations,
            ApplicationEventPublisher events) {
        this.questions = questions;
        this.requests = requests;
        this.signatures = signatures;
        this.codeTexts = codeTexts;
        this.currentUser = currentUser;
        this.translations = translations;
        this.events = events;
    }

    // ---- preparing a check ----

    /** The versions whose check may be prepared, per code: concepts on their way and the adopted one. */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional(readOnly = true)
    public List<CheckVersion> versions() {
        var result = new ArrayList<CheckVersion>();
        for (var code : codeTexts.codes()) {
            for (var version : codeTexts.history(code.id())) {
                if (PREPARABLE.contains(version.status())) {
                    result.add(new CheckVersion(version.id(), code.title(), version.number(), version.status(),
                            questions.ofVersion(version.id()).size()));
                }
            }
        }
        return result;
    }

    /** A version's check, with the articles to choose from and whether it is frozen by a first signature. */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional(readOnly = true)
    public UnderstandingCheck check(long versionId) {
        var version = codeTexts.version(versionId);
        return new UnderstandingCheck(versionId, version.codeTitle(), version.number(), version.status(),
                questions.ofVersion(versionId).stream().map(UnderstandingChecks::edited).toList(),
                ChangedSections.headings(version.markdown()), signatures.countByVersionId(versionId) > 0);
    }

    /**
     * Five suggestions to start from, one per checklist question, in the given language: the
     * question and its answers. The right answer, explanation and article are the school's to
     * choose, because schools answer the checklist differently.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    public List<CheckQuestion> suggestions(Locale locale) {
        var result = new ArrayList<CheckQuestion>();
        for (int n = 1; n <= SUGGESTIONS; n++) {
            var prefix = "signing.check.suggestion." + n + ".";
            var options = new ArrayList<String>();
            for (int option = 1; option <= MAX_OPTIONS; option++) {
                var key = prefix + "option." + option;
                if (translations.keys("nl").contains(key)) {
                    options.add(translations.getTranslation(key, locale));
                }
            }
            result.add(new CheckQuestion(translations.getTranslation(prefix + "question", locale), options, null, "",
                    ""));
        }
        return result;
    }

    /**
     * Replaces a version's check whole (an empty list removes it). Every question is checked first
     * and the problems go back per field; nothing is written unless all are right. Refused once
     * anyone has signed the version: "passed" must mean the same for every signer. The open
     * requests of the version are locked first; a signer locks their own request before grading,
     * so an edit and a signature cannot cross.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional
    public UnderstandingCheck replace(long versionId, List<CheckQuestion> edited) {
        var version = codeTexts.version(versionId);
        if (!PREPARABLE.contains(version.status())) {
            throw new InvalidInput("questions", "signing.check.error.version-closed", version.codeTitle(),
                    version.number());
        }
        var articles = ChangedSections.headings(version.markdown());
        var problems = new ArrayList<Problem>();
        if (edited.size() > MAX_QUESTIONS) {
            problems.add(new Problem("questions", "signing.check.error.too-many", MAX_QUESTIONS));
        }
        var rows = new ArrayList<UnderstandingQuestion>();
        for (int i = 0; i < edited.size(); i++) {
            var row = validated(versionId, i + 1, edited.get(i), articles, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        requests.lockAllOf(versionId);
        if (signatures.countByVersionId(versionId) > 0) {
            throw new InvalidInput("questions", "signing.check.error.frozen", version.number());
        }
        questions.deleteOfVersion(versionId);
        questions.saveAllAndFlush(rows);
        events.publishEvent(new UnderstandingCheckSaved(versionId, version.number(), rows.size(),
                rows.isEmpty() ? null : CheckGrading.sha256(rows)));
        return check(versionId);
    }

    private static @Nullable UnderstandingQuestion validated(long versionId, int number, CheckQuestion edited,
            List<String> articles, List<Problem> problems) {
        var field = "question." + number + ".";
        int before = problems.size();
        var question = oneLine(edited.question());
        if (question.isEmpty()) {
            problems.add(new Problem(field + "question", "signing.check.error.question-missing"));
        } else if (question.length() > MAX_QUESTION) {
            problems.add(new Problem(field + "question", "signing.check.error.too-long", question.length(), MAX_QUESTION));
        }
        // trailing empty answers are simply not there; an empty one between two answers is a gap
        var options = new ArrayList<String>(edited.options().stream().map(UnderstandingChecks::oneLine).toList());
        while (!options.isEmpty() && options.getLast().isEmpty()) {
            options.removeLast();
        }
        if (options.size() > MAX_OPTIONS) {
            problems.add(new Problem(field + "options", "signing.check.error.too-many-options", MAX_OPTIONS));
        }
        for (int o = 0; o < options.size() && o < MAX_OPTIONS; o++) {
            var option = options.get(o);
            if (option.isEmpty()) {
                problems.add(new Problem(field + "option." + (o + 1), "signing.check.error.option-missing"));
            } else if (option.length() > MAX_OPTION) {
                problems.add(new Problem(field + "option." + (o + 1), "signing.check.error.too-long", option.length(),
                        MAX_OPTION));
            }
        }
        if (options.size() < MIN_OPTIONS) {
            problems.add(new Problem(field + "option." + (options.size() + 1), "signing.check.error.too-few-options",
                    MIN_OPTIONS));
        }
        var right = edited.rightOption();
        if (right == null) {
            problems.add(new Problem(field + "right", "signing.check.error.no-right-answer"));
        } else if (right < 1 || right > options.size() || options.get(right - 1).isEmpty()) {
            problems.add(new Problem(field + "right", "signing.check.error.right-answer-empty"));
        }
        var explanation = oneLine(edited.explanation());
        if (explanation.isEmpty()) {
            problems.add(new Problem(field + "explanation", "signing.check.error.explanation-missing"));
        } else if (explanation.length() > MAX_EXPLANATION) {
            problems.add(new Problem(field + "explanation", "signing.check.error.too-long", explanation.length(),
                    MAX_EXPLANATION));
        }
        var article = oneLine(edited.article());
        if (article.isEmpty()) {
            problems.add(new Problem(field + "article", "signing.check.error.article-missing"));
        } else if (!articles.contains(article)) {
            problems.add(new Problem(field + "article", "signing.check.error.article-unknown", article));
        }
        if (problems.size() > before || right == null) {
            return null;
        }
        return new UnderstandingQuestion(versionId, number, question, options, right, explanation, article);
    }

    // ---- answering a check ----

    /**
     * Grades the caller's answers to the check of a version they are asked to sign: the questions
     * answered wrong or not at all, each with its explanation and article. Writes nothing.
     *
     * @param answers per question number, the chosen answer (1-based)
     */
    @PreAuthorize(Role.Require.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WrongAnswer> grade(long versionId, Map<Integer, Integer> answers) {
        var me = currentUser.require().personId();
        if (requests.openOf(me, versionId).isEmpty()) { // of the version's campaign or a yearly round
            throw new InvalidInput("version", "signing.error.nothing-to-sign");
        }
        return CheckGrading.wrong(questions.ofVersion(versionId), answers).stream()
                .map(question -> new WrongAnswer(question.number(), question.explanation(), question.article()))
                .toList();
    }

    static List<CheckQuestionShown> shown(List<UnderstandingQuestion> check) {
        return check.stream().map(question -> new CheckQuestionShown(question.number(), question.question(),
                question.options())).toList();
    }

    private static CheckQuestion edited(UnderstandingQuestion question) {
        return new CheckQuestion(question.question(), question.options(), question.rightOption(),
                question.explanation(), question.article());
    }

    /** A field of a check is one line: line breaks and runs of spaces become one space. */
    private static String oneLine(@Nullable String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
