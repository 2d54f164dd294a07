package nl.codewijzer.signing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.notification.Notice;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.RequestRepository;
import nl.codewijzer.signing.internal.SignQuestion;
import nl.codewijzer.signing.internal.SignQuestionRepository;
import nl.codewijzer.signing.internal.SigningCampaign;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Ik heb een vraag voordat ik teken" (issue 14, decision 0044): a staff member with an open
 * request asks the coördinator a question instead of signing. The question reaches every active
 * coördinator's inbox (and mail); the request stays open and shows "vraag gesteld" until it is
 * answered; the answer reaches the asker in the app and by mail, with a link back to the sign flow.
 * Mails carry the text, but the outbox shows it only to the recipient: the beheerder sees who and
 * when, not what.
 */
@Service
public class SignQuestions {

    public static final String ROUTE = "ondertekening/vragen";
    /** The longest question or answer: long enough to explain, short enough to fit one mail with both. */
    public static final int MAX_TEXT = 2000;
    /** How much of the question the answer's mail repeats: the whole question is in the app. */
    private static final int QUESTION_IN_ANSWER = 1000;

    private final SignQuestionRepository questions;
    private final RequestRepository requests;
    private final CampaignRepository campaigns;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignQuestions(SignQuestionRepository questions, RequestRepository requests, CampaignRepository campaigns,
            StaffDirectory staff, Notifications notifications, CurrentUser currentUser, Translations translations,
            ApplicationEventPublisher events, Clock clock) {
        this.questions = questions;
        this.requests = requests;
        this.campaigns = campaigns;
        this.staff = staff;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks the coördinator a question about a version the caller is asked to sign. Refused at the
     * field {@code question} when empty or longer than {@link #MAX_TEXT}; nothing is stored then.
     */
    @PreAuthorize(Role.Require.SIGNED_IN)
    @Transactional
    public SignQuestionLine ask(long versionId, String text) {
        var me = currentUser.require().personId();
        var question = checked("question", text, "signing.question.error.empty");
        if (requests.openOf(me, versionId).isEmpty()) { // of the version's campaign or a yearly round (decision 0053)
            throw new InvalidInput("question", "signing.error.nothing-to-sign");
        }
        var campaign = campaigns.findById(versionId).orElseThrow();
        var asker = staff.find(me).orElseThrow();
        var saved = questions.saveAndFlush(new SignQuestion(me, versionId, question, clock.instant()));
        var recipients = staff.activeWithAnyRole(Role.COORDINATOR);
        if (recipients.isEmpty()) {
            // no coördinator: the schoolleiding runs the signing then
            recipients = staff.activeWithAnyRole(Role.SCHOOLLEIDING);
        }
        var subject = dutch("signing.question.mail.subject", asker.fullName(), campaign.codeTitle(),
                campaign.versionNumber());
        var body = dutch("signing.question.mail.body", asker.fullName(), campaign.codeTitle(),
                campaign.versionNumber(), question);
        notifications.notifyAll(recipients.stream().filter(person -> person.id() != me)
                .map(person -> new Notice(person.id(), subject, body, ROUTE, Set.of())).toList());
        events.publishEvent(new SignQuestionAsked(saved.id(), versionId, campaign.versionNumber()));
        return line(saved, campaign, asker.fullName(), null);
    }

    /** The caller's own questions about a version, oldest first, with their answers. */
    @PreAuthorize(Role.Require.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SignQuestionLine> mine(long versionId) {
        var me = staff.find(currentUser.require().personId()).orElseThrow();
        var campaign = campaigns.findById(versionId);
        if (campaign.isEmpty()) {
            return List.of();
        }
        var asked = questions.of(me.id(), versionId);
        var answerers = staff.members(asked.stream().map(SignQuestion::answeredBy)
                .flatMap(id -> id == null ? Stream.empty() : Stream.of(id)).toList());
        return asked.stream().map(question -> line(question, campaign.get(), me.fullName(),
                nameOf(answerers, question.answeredBy()))).toList();
    }

    /** Every question, the unanswered first (oldest first), for the coördinator and the schoolleiding to answer. */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional(readOnly = true)
    public List<SignQuestionLine> all() {
        var asked = questions.all();
        var ids = new java.util.LinkedHashSet<Long>();
        for (var question : asked) {
            ids.add(question.personId());
            var by = question.answeredBy();
            if (by != null) {
                ids.add(by);
            }
        }
        var people = staff.members(ids);
        // the campaigns of all versions asked about in one read, not one per version
        var versions = campaigns.findAllById(asked.stream().map(SignQuestion::versionId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(SigningCampaign::versionId, campaign -> campaign));
        var result = new ArrayList<SignQuestionLine>();
        for (var question : asked) {
            var campaign = java.util.Objects.requireNonNull(versions.get(question.versionId()));
            result.add(line(question, campaign, java.util.Objects.requireNonNullElse(nameOf(people, question.personId()), ""),
                    nameOf(people, question.answeredBy())));
        }
        return result;
    }

    /**
     * Answers a question, once. The asker is told in the app and by mail, with a link to the sign
     * flow of that version. Refused at the field {@code answer} when empty, too long, or already answered.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional
    public SignQuestionLine answer(long questionId, String text) {
        var answer = checked("answer", text, "signing.question.error.answer-empty");
        var question = questions.locked(questionId)
                .orElseThrow(() -> new InvalidInput("answer", "signing.question.error.gone"));
        if (question.answered()) {
            throw new InvalidInput("answer", "signing.question.error.answered");
        }
        var me = staff.find(currentUser.require().personId()).orElseThrow();
        question.answer(answer, me.id(), clock.instant());
        questions.saveAndFlush(question);
        var campaign = campaigns.findById(question.versionId()).orElseThrow();
        var shortQuestion = question.question().length() <= QUESTION_IN_ANSWER ? question.question()
                : question.question().substring(0, QUESTION_IN_ANSWER - 1) + "…";
        notifications.notify(question.personId(),
                dutch("signing.question.answer.subject", campaign.codeTitle(), campaign.versionNumber()),
                dutch("signing.question.answer.body", me.fullName(), shortQuestion, answer),
                Signing.ROUTE + "?versie=" + question.versionId(), Set.of());
        events.publishEvent(new SignQuestionAnswered(question.id(), question.versionId(), campaign.versionNumber()));
        var asker = staff.find(question.personId()).map(StaffMember::fullName).orElse("");
        return line(question, campaign, asker, me.fullName());
    }

    private static String checked(String field, String text, String emptyKey) {
        var stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInput(field, emptyKey);
        }
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidInput(field, "signing.question.error.too-long", stripped.length(), MAX_TEXT);
        }
        return stripped;
    }

    private static SignQuestionLine line(SignQuestion question, SigningCampaign campaign, String askedBy,
            @org.jspecify.annotations.Nullable String answeredBy) {
        return new SignQuestionLine(question.id(), question.versionId(), campaign.codeTitle(), campaign.versionNumber(),
                askedBy, question.question(), question.askedAt(), question.answer(), answeredBy,
                question.answeredAt());
    }

    private static @org.jspecify.annotations.Nullable String nameOf(java.util.Map<Long, StaffMember> people,
            @org.jspecify.annotations.Nullable Long personId) {
        if (personId == null) {
            return null;
        }
        var person = people.get(personId);
        return person == null ? "" : person.fullName();
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }
}
