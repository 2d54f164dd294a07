package nl.codewijzer.revision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeSummary;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.revision.internal.Feedback;
import nl.codewijzer.revision.internal.FeedbackAgenda;
import nl.codewijzer.revision.internal.FeedbackRepository;
import nl.codewijzer.revision.internal.RevisionRepository;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.teamday.MeetingStatus;
import nl.codewijzer.teamday.TeamMeetings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on each article of the adopted code, any time (issue 15). Every member of staff gives it,
 * with their name or anonymously (then no person is stored, and it is not on the audit trail, which
 * records who acted); the coördinator and the schoolleiding read it per article with counts, mark it
 * handled, or take it onto the agenda of the revision's team day. Feedback never changes the adopted
 * text. Every method checks who calls it.
 */
@Service
@PreAuthorize(Role.Require.FACILITATOR)
public class ArticleFeedback {

    /** The longest feedback text, in characters. */
    public static final int MAX_BODY = 2000;
    private static final Pattern ARTICLE = Pattern.compile("^##\\s+(.+?)\\s*#*\\s*$");

    private final CodeTexts codeTexts;
    private final FeedbackRepository feedback;
    private final RevisionRepository revisions;
    private final FeedbackAgenda agenda;
    private final TeamMeetings meetings;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final Clock clock;

    ArticleFeedback(CodeTexts codeTexts, FeedbackRepository feedback, RevisionRepository revisions, FeedbackAgenda agenda,
            TeamMeetings meetings, StaffDirectory staff, CurrentUser currentUser, ApplicationEventPublisher events,
            Translations translations, Clock clock) {
        this.codeTexts = codeTexts;
        this.feedback = feedback;
        this.revisions = revisions;
        this.agenda = agenda;
        this.meetings = meetings;
        this.staff = staff;
        this.currentUser = currentUser;
        this.events = events;
        this.translations = translations;
        this.clock = clock;
    }

    /** The codes with an adopted version, whose articles staff can give feedback on. */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public List<CodeSummary> adoptedCodes() {
        return codeTexts.codes().stream().filter(code -> code.active() != null).toList();
    }

    /** The articles ("## " sections) of the code's adopted version, in order; empty without one. */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public List<Article> articles(long codeId) {
        return codeTexts.active(codeId).map(ArticleFeedback::articlesOf).orElse(List.of());
    }

    /**
     * Feedback on an article of the code's adopted version: one of the kinds, with a text of at most
     * {@value #MAX_BODY} characters (required for {@link FeedbackKind#ANDERS}). Anonymous: stored
     * without person. Refused with a Dutch message at the field, nothing saved, when the text is too
     * long or missing, or the article is not in the adopted version.
     */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional
    public FeedbackLine give(long codeId, String article, @Nullable FeedbackKind kind, @Nullable String body,
            boolean anonymous) {
        var active = codeTexts.active(codeId).orElseThrow(() -> new InvalidInput("article", "feedback.error.no-active"));
        var problems = new ArrayList<Problem>();
        if (articlesOf(active).stream().noneMatch(candidate -> candidate.title().equals(article))) {
            problems.add(new Problem("article", "feedback.error.article-unknown"));
        }
        if (kind == null) {
            problems.add(new Problem("kind", "feedback.error.kind-missing"));
        }
        var text = body == null ? "" : body.strip();
        if (text.length() > MAX_BODY) {
            problems.add(new Problem("body", "feedback.error.too-long", text.length(), MAX_BODY));
        } else if (text.isEmpty() && kind == FeedbackKind.ANDERS) {
            problems.add(new Problem("body", "feedback.error.body-missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var me = currentUser.require();
        var saved = feedback.saveAndFlush(new Feedback(codeId, active.id(), article, java.util.Objects.requireNonNull(kind),
                text.isEmpty() ? null : text, anonymous ? null : me.personId(), today()));
        if (!anonymous) {
            events.publishEvent(new FeedbackGiven(saved.id(), active.id(), article, kind));
        }
        return line(saved, active.number(), anonymous ? null : me.fullName());
    }

    /**
     * The feedback on a code per article, in the order of the adopted version, with counts per kind
     * and how many are still open; feedback on articles no longer in it comes last, as "vervallen".
     */
    @Transactional(readOnly = true)
    public List<ArticleFeedbackSummary> perArticle(long codeId) {
        var order = articles(codeId).stream().map(Article::title).toList();
        var all = feedback.ofCode(codeId);
        var names = staff.names(all.stream().map(Feedback::personId).filter(java.util.Objects::nonNull).distinct().toList());
        var numbers = new LinkedHashMap<Long, Integer>();
        codeTexts.history(codeId).forEach(version -> numbers.put(version.id(), version.number()));
        var byArticle = new LinkedHashMap<String, List<FeedbackLine>>();
        order.forEach(article -> byArticle.put(article, new ArrayList<>()));
        for (var entry : all) {
            var person = entry.personId();
            byArticle.computeIfAbsent(entry.article(), article -> new ArrayList<>()).add(line(entry,
                    numbers.getOrDefault(entry.versionId(), 0), person == null ? null : names.getOrDefault(person, "?")));
        }
        var result = new ArrayList<ArticleFeedbackSummary>();
        var lapsed = new ArrayList<ArticleFeedbackSummary>();
        byArticle.forEach((article, lines) -> {
            if (lines.isEmpty()) {
                return;
            }
            Map<FeedbackKind, Long> counts = new EnumMap<>(FeedbackKind.class);
            lines.forEach(line -> counts.merge(line.kind(), 1L, Long::sum));
            long open = lines.stream().filter(line -> line.status() == FeedbackStatus.NIEUW).count();
            boolean gone = !order.contains(article);
            (gone ? lapsed : result).add(new ArticleFeedbackSummary(article, gone, counts, open, lines));
        });
        result.addAll(lapsed);
        return result;
    }

    /** Marks new feedback handled (it stays readable). */
    @Transactional
    public void markHandled(long feedbackId) {
        var entry = feedback.findById(feedbackId).orElseThrow(() -> new InvalidInput("feedback", "feedback.error.not-found"));
        if (entry.status() != FeedbackStatus.NIEUW) {
            throw new InvalidInput("feedback", "feedback.error.not-new");
        }
        entry.handle(FeedbackStatus.AFGEHANDELD, null, clock.instant(), currentUser.require().fullName());
        feedback.saveAndFlush(entry);
        events.publishEvent(new FeedbackHandled(feedbackId, FeedbackStatus.AFGEHANDELD, null));
    }

    /**
     * Takes the new feedback on one article onto the agenda of the revision's team day (one topic),
     * for feedback given after "Herziening starten"; before that, starting the revision takes all new
     * feedback along by itself.
     */
    @Transactional
    public int takeOntoAgenda(long codeId, String article) {
        var active = codeTexts.active(codeId).orElseThrow(() -> new InvalidInput("article", "feedback.error.no-active"));
        var revision = revisions.findByFromVersionId(active.id())
                .orElseThrow(() -> new InvalidInput("article", "feedback.error.no-revision"));
        if (meetings.meeting(revision.meetingId()).status() == MeetingStatus.AFGESLOTEN) {
            throw new InvalidInput("article", "feedback.error.meeting-closed");
        }
        var before = feedback.ofCode(codeId, FeedbackStatus.NIEUW).stream()
                .filter(entry -> entry.article().equals(article)).map(Feedback::id).toList();
        int topics = agenda.addTopics(codeId, revision.meetingId(), articles(codeId).stream().map(Article::title).toList(),
                article, this::dutch, clock.instant(), currentUser.require().fullName());
        before.forEach(id -> events.publishEvent(new FeedbackHandled(id, FeedbackStatus.OP_AGENDA, revision.meetingId())));
        return topics;
    }

    /** The articles of a version: each "## " heading with the text up to the next one. */
    static List<Article> articlesOf(VersionDetail version) {
        var result = new ArrayList<Article>();
        String title = null;
        var text = new StringBuilder();
        for (var line : version.markdown().lines().toList()) {
            var heading = ARTICLE.matcher(line);
            if (heading.matches()) {
                if (title != null) {
                    result.add(new Article(title, text.toString().strip()));
                }
                title = heading.group(1).strip();
                text.setLength(0);
            }
            if (title != null) {
                text.append(line).append('\n');
            }
        }
        if (title != null) {
            result.add(new Article(title, text.toString().strip()));
        }
        return result;
    }

    private static FeedbackLine line(Feedback entry, int versionNumber, @Nullable String giver) {
        return new FeedbackLine(entry.id(), entry.article(), versionNumber, entry.kind(), entry.body(), giver,
                entry.givenOn(), entry.status(), entry.handledByName());
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }
}
