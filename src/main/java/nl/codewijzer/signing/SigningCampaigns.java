package nl.codewijzer.signing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import nl.codewijzer.base.DutchNames;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.CampaignOverview.OutstandingLine;
import nl.codewijzer.signing.CampaignOverview.RoleCount;
import nl.codewijzer.signing.CampaignOverview.SignedLine;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.ConsentRecord;
import nl.codewijzer.signing.internal.ConsentRecordRepository;
import nl.codewijzer.signing.internal.Enrolment;
import nl.codewijzer.signing.internal.Reminder;
import nl.codewijzer.signing.internal.ReminderRepository;
import nl.codewijzer.signing.internal.ReminderSender;
import nl.codewijzer.signing.internal.RegisterCsv;
import nl.codewijzer.signing.internal.RequestCount;
import nl.codewijzer.signing.internal.RequestRepository;
import nl.codewijzer.signing.internal.Signature;
import nl.codewijzer.signing.internal.SignatureRepository;
import nl.codewijzer.signing.internal.SignatureRequest;
import nl.codewijzer.signing.internal.SigningCampaign;
import nl.codewijzer.signing.internal.SigningDocuments;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffFunction;
import nl.codewijzer.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing campaign as the coördinator and the schoolleiding follow it: per adopted version who
 * signed, who has not (and who is late), per role; reminders, at most one per person per day; the
 * history of earlier versions; the register as CSV and as sealed PDF, and the adopted code itself.
 * Every method checks the role itself: a medewerker is refused.
 *
 * <p>Over 400 lines, with a reason: the dashboard reads everything for one version in a fixed number
 * of statements (SigningDashboardQueriesTest), so overview, registers and exports share the loaded
 * rows here; the documents themselves are typeset in SigningDocuments, reminders in ReminderSender.
 */
@Service
@PreAuthorize(SigningCampaigns.LEADERS)
public class SigningCampaigns {

    static final String LEADERS = Role.Require.CODE_EDITOR;
    public static final String ROUTE = "ondertekening";
    /** Roles shown per row in the dashboard, in this order. */
    private static final List<Role> ROLE_ORDER = List.of(Role.MEDEWERKER, Role.COORDINATOR, Role.SCHOOLLEIDING,
            Role.BEHEERDER, Role.MR_LID, Role.MR_VOORZITTER);

    private final CampaignRepository campaigns;
    private final ConsentRecordRepository consents;
    private final RequestRepository requests;
    private final SignatureRepository signatures;
    private final ReminderRepository reminders;
    private final ReminderSender reminderSender;
    private final Enrolment enrolment;
    private final CodeTexts codeTexts;
    private final StaffDirectory staff;
    private final SchoolSettings settings;
    private final SigningDocuments documents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate transaction;
    private final Translations translations;
    private final Clock clock;
    private final nl.codewijzer.signing.internal.SignQuestionRepository questions;

    SigningCampaigns(CampaignRepository campaigns, ConsentRecordRepository consents, RequestRepository requests,
            SignatureRepository signatures, ReminderRepository reminders, CodeTexts codeTexts, StaffDirectory staff,
            SchoolSettings settings, SigningDocuments documents, CurrentUser currentUser,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Translations translations,
            Clock clock, ReminderSender reminderSender, Enrolment enrolment,
            nl.codewijzer.signing.internal.SignQuestionRepository questions) {
        this.questions = questions;
        this.reminderSender = reminderSender;
        this.enrolment = enrolment;
        this.transaction = new TransactionTemplate(transactions);
        this.campaigns = campaigns;
        this.consents = consents;
        this.requests = requests;
        this.signatures = signatures;
        this.reminders = reminders;
        this.codeTexts = codeTexts;
        this.staff = staff;
        this.settings = settings;
        this.documents = documents;
        this.currentUser = currentUser;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.translations = translations;
        this.clock = clock;
    }

    // ---- reading ----

    /** The versions being signed now, one per code, the most recently adopted first. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> activeCampaigns() {
        return summaries(campaigns.active(), today());
    }

    /** Earlier versions' campaigns (replaced or withdrawn), newest first. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> history() {
        return summaries(campaigns.newestFirst().stream().filter(campaign -> !campaign.active()).toList(), today());
    }

    /** One version's campaign: the numbers, per role, the outstanding list and the signatures. */
    @Transactional(readOnly = true)
    public CampaignOverview overview(long versionId) {
        var campaign = load(versionId);
        var today = today();
        // the version's requests are read once, for the numbers per role, the outstanding and the re-signers
        var asked = requests.ofVersion(versionId);
        var people = staff.members(asked.stream().map(SignatureRequest::personId).toList());
        var lastReminded = new HashMap<Long, LocalDate>();
        var reminderCounts = new HashMap<Long, Integer>();
        for (var reminder : reminders.ofVersion(versionId)) {
            lastReminded.merge(reminder.personId(), reminder.sentOn(), (a, b) -> a.isAfter(b) ? a : b);
            reminderCounts.merge(reminder.personId(), 1, Integer::sum);
        }
        // who waits for an answer to a question (decision 0044): one statement, however many ask
        var asking = new java.util.HashSet<>(questions.waitingOf(versionId));
        var perRole = new EnumMap<Role, int[]>(Role.class);
        var outstanding = new ArrayList<OutstandingLine>();
        for (var request : asked) {
            if (request.status() != RequestStatus.OPEN && request.status() != RequestStatus.SIGNED) {
                continue;
            }
            var person = people.get(request.personId());
            var roles = person == null ? java.util.Set.<Role>of() : person.roles();
            boolean overdue = request.overdue(today);
            for (var role : roles) {
                var counts = perRole.computeIfAbsent(role, r -> new int[3]);
                counts[request.status() == RequestStatus.SIGNED ? 0 : overdue ? 2 : 1]++;
            }
            if (request.open()) {
                outstanding.add(new OutstandingLine(request.id(), request.personId(), name(person, request.personId()),
                        roles, request.dueDate(), overdue, lastReminded.get(request.personId()),
                        reminderCounts.getOrDefault(request.personId(), 0), asking.contains(request.personId())));
            }
        }
        outstanding.sort(Comparator.comparing(OutstandingLine::dueDate).thenComparing(OutstandingLine::name, DUTCH_NAMES));
        var roleCounts = ROLE_ORDER.stream().filter(perRole::containsKey)
                .map(role -> {
                    var counts = java.util.Objects.requireNonNull(perRole.get(role));
                    // the overdue are outstanding too
                    return new RoleCount(role, counts[0], counts[1] + counts[2], counts[2]);
                }).toList();
        var signedLines = new ArrayList<SignedLine>();
        var resigners = new java.util.HashSet<Long>();
        asked.stream().filter(request -> request.previousVersionId() != null)
                .forEach(request -> resigners.add(request.personId()));
        for (var signature : signatures.ofVersion(versionId)) {
            signedLines.add(new SignedLine(signature.id(), signature.personId(), signature.personName(),
                    signature.signedAt(), signature.verificationCode(), resigners.contains(signature.personId()), null));
        }
        // after a redactional change only: the earlier signatures that count for this version
        var carried = asked.stream().anyMatch(request -> request.carriedSignatureId() != null)
                ? signatures.carriedInto(versionId) : List.<Signature>of();
        for (var signature : carried) {
            signedLines.add(new SignedLine(signature.id(), signature.personId(), signature.personName(),
                    signature.signedAt(), signature.verificationCode(), false, signature.versionNumber()));
        }
        signedLines.sort(Comparator.comparing(SignedLine::name, DUTCH_NAMES));
        return new CampaignOverview(summaries(List.of(campaign), today).getFirst(), roleCounts, outstanding, signedLines);
    }

    /** The label keys of the groups that must sign this version; empty: all staff. */
    @Transactional(readOnly = true)
    public List<String> audience(long versionId) {
        return enrolment.audienceOf(versionId).stream().map(StaffFunction::labelKey).toList();
    }

    /** Whether this version was adopted as a redactional change, of which version and why. */
    @Transactional(readOnly = true)
    public Optional<RedactionalChange> redactional(long versionId) {
        return enrolment.redactionalOf(versionId);
    }

    // ---- reminders ----

    /**
     * Reminds one person who has not signed. At most one reminder per person per day (the database
     * holds to that, also when two people click at once); a second one today is skipped.
     */
    public ReminderResult remind(long versionId, long personId) {
        return remindSome(versionId, "person", () -> List.of(requests.of(personId, versionId)
                .filter(SignatureRequest::open)
                .orElseThrow(() -> new InvalidInput("person", "signing.error.not-outstanding"))));
    }

    /** Reminds everyone who has not signed this version yet, skipping whoever had a reminder today. */
    public ReminderResult remindAll(long versionId) {
        return remindSome(versionId, "version", () -> requests.ofVersion(versionId, RequestStatus.OPEN));
    }

    /**
     * Reminds one person who has not re-confirmed in a yearly round (decision 0053), on the same rule:
     * at most one reminder per person per day.
     */
    public ReminderResult remindInRound(long versionId, int roundYear, long personId) {
        return remindSome(versionId, "person", () -> List.of(requests.ofRound(versionId, roundYear).stream()
                .filter(request -> request.personId() == personId && request.open()).findFirst()
                .orElseThrow(() -> new InvalidInput("person", "signing.error.not-outstanding"))));
    }

    /** Reminds everyone who has not re-confirmed in a yearly round yet, skipping whoever had a reminder today. */
    public ReminderResult remindAllInRound(long versionId, int roundYear) {
        return remindSome(versionId, "version", () -> requests.ofRound(versionId, roundYear).stream()
                .filter(SignatureRequest::open).toList());
    }

    /**
     * Reminds the people of these open requests, in one transaction with a fixed number of
     * statements however many they are: who was reminded today and their names in one read each,
     * the reminders and the notifications each in one batch. Should someone remind some of the same
     * people at the same moment, the database refuses the batch (one reminder per person per day);
     * then each is reminded in a transaction of their own, so the refusal for one does not undo the others.
     */
    private ReminderResult remindSome(long versionId, String field, Supplier<List<SignatureRequest>> open) {
        var sender = currentUser.get().map(user -> user.personId()).orElse(null);
        try {
            return java.util.Objects.requireNonNull(transaction.execute(status -> {
                var campaign = load(versionId);
                if (!campaign.active()) {
                    throw new InvalidInput(field, "signing.error.campaign-ended", campaign.versionNumber());
                }
                return remindAtOnce(campaign, open.get(), sender);
            }));
        } catch (DataIntegrityViolationException remindedMeanwhile) {
            var requestsToRemind = ownTransaction.execute(status -> open.get());
            return remindOneByOne(java.util.Objects.requireNonNull(requestsToRemind), sender);
        }
    }

    private ReminderResult remindAtOnce(SigningCampaign campaign, List<SignatureRequest> open, @Nullable Long sender) {
        return reminderSender.remindAtOnce(open.stream().map(request -> new ReminderSender.Due(campaign, request))
                .toList(), sender);
    }

    private ReminderResult remindOneByOne(List<SignatureRequest> open, @Nullable Long sender) {
        var sent = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        var names = staff.names(open.stream().map(SignatureRequest::personId).toList());
        for (var request : open) {
            var name = names.getOrDefault(request.personId(), "?");
            boolean done;
            try {
                // one transaction per person: a refusal by the database for one does not undo the others
                done = Boolean.TRUE.equals(ownTransaction.execute(status -> remind(request, sender)));
            } catch (DataIntegrityViolationException alreadyToday) {
                done = false;
            }
            (done ? sent : skipped).add(name);
        }
        return new ReminderResult(sent, skipped);
    }

    private boolean remind(SignatureRequest request, @Nullable Long sender) {
        return reminderSender.remindOne(new ReminderSender.Due(load(request.versionId()), request), sender);
    }

    // ---- exports ----

    /**
     * The register of a version as CSV (UTF-8 with BOM, for Excel): everyone asked, with their
     * status, and for each signature its time, SHA-256, verification code and method.
     */
    @Transactional
    public byte[] registerCsv(long versionId) {
        var register = registerRows(versionId);
        var csv = csv(register);
        events.publishEvent(new SignatureRegisterExported(versionId, register.campaign().versionNumber(),
                SignatureRegisterExported.Format.CSV, register.signatures().size()));
        return csv;
    }

    /**
     * The register of a yearly round (decision 0053) as CSV, like the version's: everyone asked in the round,
     * with their status and, for each re-confirmation, its time, SHA-256, verification code and method; the
     * note column names the round ("Herbevestiging schooljaar 2026-2027").
     */
    @Transactional
    public byte[] roundRegisterCsv(long versionId, int roundYear) {
        var register = roundRows(versionId, roundYear);
        var csv = csv(register);
        events.publishEvent(new SignatureRegisterExported(versionId, register.campaign().versionNumber(),
                SignatureRegisterExported.Format.CSV, register.signatures().size(), roundYear));
        return csv;
    }

    private byte[] csv(RegisterRows register) {
        var versionId = register.campaign().versionId();
        var roundNote = register.roundYear() == 0 ? null
                : dutch("signing.reconfirm.label", YearlyReconfirmations.label(register.roundYear()));
        var signed = new HashMap<Long, Signature>();
        register.signatures().forEach(signature -> signed.put(signature.personId(), signature));
        var rows = new ArrayList<RegisterCsv.Row>();
        for (var asked : register.asked()) {
            var request = asked.request();
            var signature = signed.get(request.personId());
            var name = signature != null ? signature.personName() : asked.name();
            var status = request.status() == RequestStatus.OPEN && request.overdue(register.today())
                    ? "signing.status.overdue" : request.status().labelKey();
            rows.add(new RegisterCsv.Row(name, dutch(status), request.dueDate(), signature, roundNote != null ? roundNote
                    : signature == null || register.redactional() == null || signature.versionId() == versionId ? ""
                            : dutch("signing.register.carried", signature.versionNumber(), register.redactional().reason())));
        }
        rows.sort(Comparator.comparing(RegisterCsv.Row::name, DUTCH_NAMES));
        return RegisterCsv.write(register.campaign(), rows);
    }

    /** The register of a version as PDF, sealed with the school's certificate when one is configured. */
    @Transactional
    public byte[] registerPdf(long versionId, Locale locale) {
        var register = registerRows(versionId);
        var pdf = documents.register(pdfRegister(register), locale);
        events.publishEvent(new SignatureRegisterExported(versionId, register.campaign().versionNumber(),
                SignatureRegisterExported.Format.PDF, register.signatures().size()));
        return pdf;
    }

    /**
     * The register of a yearly round (decision 0053) as PDF, laid out and sealed like the version's: the
     * round's school year in its header, who re-confirmed (time, verification code, method), who has not,
     * and whose request ended without it.
     */
    @Transactional
    public byte[] roundRegisterPdf(long versionId, int roundYear, Locale locale) {
        var register = roundRows(versionId, roundYear);
        var pdf = documents.register(pdfRegister(register), locale);
        events.publishEvent(new SignatureRegisterExported(versionId, register.campaign().versionNumber(),
                SignatureRegisterExported.Format.PDF, register.signatures().size(), roundYear));
        return pdf;
    }

    /** The adopted version itself, with its consent and adoption record; sealed like the register. */
    @Transactional
    public byte[] adoptedCodePdf(long versionId, Locale locale) {
        var campaign = load(versionId);
        var consent = consents.findById(versionId);
        var version = codeTexts.version(versionId);
        var pdf = documents.adoptedCode(campaign, version.markdown(), consent.map(ConsentRecord::decisionDate).orElse(null),
                consent.map(ConsentRecord::roundId).orElse(null), settings.schoolName(), locale);
        events.publishEvent(new SignatureRegisterExported(versionId, campaign.versionNumber(),
                SignatureRegisterExported.Format.ADOPTED_CODE_PDF, (int) signatures.countByVersionId(versionId)));
        return pdf;
    }

    /** Whether PDFs of the register are sealed on this server. */
    public boolean sealing() {
        return documents.sealing();
    }

    // ---- helpers ----

    /**
     * What both registers, CSV and PDF, are made from, read once per export: the campaign, the MR's
     * consent, the signatures, and every request with the current name of the person asked.
     */
    private record RegisterRows(SigningCampaign campaign, Optional<ConsentRecord> consent, List<Signature> signatures,
            List<Asked> asked, LocalDate today, @Nullable RedactionalChange redactional, int roundYear) {
    }

    /** One request in a register, with the current name of the person asked. */
    private record Asked(SignatureRequest request, String name) {
    }

    private RegisterRows registerRows(long versionId) {
        return registerRows(versionId, 0);
    }

    /** The rows of a yearly round's register; refused for round 0 or a round nobody was asked in. */
    private RegisterRows roundRows(long versionId, int roundYear) {
        if (roundYear == 0) {
            throw new InvalidInput("round", "signing.reconfirm.error.round-not-found");
        }
        var register = registerRows(versionId, roundYear);
        if (register.asked().isEmpty()) {
            throw new InvalidInput("round", "signing.reconfirm.error.round-not-found");
        }
        return register;
    }

    /** The rows of the version's own register (round 0) or of one of its yearly rounds. */
    private RegisterRows registerRows(long versionId, int roundYear) {
        var campaign = load(versionId);
        var ofVersion = roundYear == 0 ? requests.ofVersion(versionId) : requests.ofRound(versionId, roundYear);
        var names = staff.names(ofVersion.stream().map(SignatureRequest::personId).toList());
        var asked = ofVersion.stream().map(request -> new Asked(request,
                names.getOrDefault(request.personId(), unknownName(request.personId())))).toList();
        // after a redactional change, the earlier signatures that still count are part of the register
        if (roundYear != 0) {
            // a yearly round: its own signatures only; nothing is carried over into a re-confirmation
            return new RegisterRows(campaign, consents.findById(versionId), signatures.ofRound(versionId, roundYear),
                    asked, today(), null, roundYear);
        }
        var standing = new ArrayList<>(signatures.ofVersion(versionId));
        standing.addAll(signatures.carriedInto(versionId));
        return new RegisterRows(campaign, consents.findById(versionId), standing, asked, today(),
                enrolment.redactionalOf(versionId).orElse(null), 0);
    }

    private SigningDocuments.Register pdfRegister(RegisterRows register) {
        var outstanding = new ArrayList<SigningDocuments.Open>();
        var closed = new ArrayList<SigningDocuments.Closed>();
        int asked = 0;
        for (var row : register.asked()) {
            var request = row.request();
            switch (request.status()) {
                case OPEN -> {
                    asked++;
                    outstanding.add(new SigningDocuments.Open(row.name(), request.dueDate(),
                            request.overdue(register.today())));
                }
                case SIGNED -> asked++;
                case DROPPED, SUPERSEDED -> closed.add(new SigningDocuments.Closed(row.name(),
                        request.status().labelKey(), request.closedAt()));
            }
        }
        outstanding.sort(Comparator.comparing(SigningDocuments.Open::name, DUTCH_NAMES));
        closed.sort(Comparator.comparing(SigningDocuments.Closed::name, DUTCH_NAMES));
        var consent = register.consent();
        var functions = new HashMap<Long, List<String>>();
        staff.members(register.signatures().stream().map(Signature::personId).toList()).forEach((id, member) ->
                functions.put(id, java.util.stream.Stream.concat(
                        java.util.stream.Stream.ofNullable(member.staffFunction()).map(StaffFunction::labelKey),
                        member.roles().stream().sorted()
                                .filter(role -> role != Role.MEDEWERKER || member.roles().size() == 1)
                                .map(Role::labelKey)).toList()));
        return new SigningDocuments.Register(register.campaign(), consent.map(ConsentRecord::decisionDate).orElse(null),
                consent.map(ConsentRecord::roundId).orElse(null), settings.schoolName(), register.signatures(),
                functions, outstanding, closed, asked, clock.instant(),
                enrolment.audienceOf(register.campaign().versionId()).stream().map(StaffFunction::labelKey).toList(),
                register.redactional(), register.roundYear());
    }

    /**
     * The numbers of these campaigns, in their order, whatever their number: one grouped count of
     * the requests and one read of the consents for all of them.
     */
    private List<CampaignSummary> summaries(List<SigningCampaign> of, LocalDate today) {
        if (of.isEmpty()) {
            return List.of();
        }
        var versionIds = of.stream().map(SigningCampaign::versionId).toList();
        var counts = new HashMap<Long, List<RequestCount>>();
        requests.countsOf(versionIds, today)
                .forEach(count -> counts.computeIfAbsent(count.versionId(), id -> new ArrayList<>()).add(count));
        var consentDates = new HashMap<Long, LocalDate>();
        consents.findAllById(versionIds).forEach(consent -> consentDates.put(consent.versionId(), consent.decisionDate()));
        return of.stream().map(campaign -> summarize(campaign, consentDates.get(campaign.versionId()),
                counts.getOrDefault(campaign.versionId(), List.of()))).toList();
    }

    private static CampaignSummary summarize(SigningCampaign campaign, @Nullable LocalDate consent,
            List<RequestCount> counts) {
        int signed = 0;
        int open = 0;
        int overdue = 0;
        int dropped = 0;
        for (var count : counts) {
            int number = Math.toIntExact(count.count());
            switch (count.status()) {
                case SIGNED -> signed += number;
                case OPEN -> {
                    open += number;
                    overdue += Math.toIntExact(count.dueBefore()); // an open request due before today is late
                }
                case DROPPED -> dropped += number;
                case SUPERSEDED -> open += number; // asked, and never signed before the version was replaced
            }
        }
        return new CampaignSummary(campaign.versionId(), campaign.codeId(), campaign.codeTitle(),
                campaign.versionNumber(), campaign.sha256(), campaign.adoptedAt(), campaign.endedAt(), consent,
                signed + open, signed, open, overdue, dropped);
    }

    private static String name(@Nullable StaffMember member, long personId) {
        return member == null ? unknownName(personId) : member.fullName();
    }

    /** The name shown for a person asked whose record is not found. */
    private static String unknownName(long personId) {
        return "#" + personId;
    }

    private SigningCampaign load(long versionId) {
        return campaigns.findById(versionId)
                .orElseThrow(() -> new InvalidInput("version", "signing.error.campaign-not-found"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    /** Names in Dutch alphabetical order: "Łukasz" between "Lotte" and "Milan". */
    private static final Comparator<String> DUTCH_NAMES = DutchNames.ORDER;
}
