package nl.codewijzer.codetext;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.UniqueKeyRetry;
import nl.codewijzer.pdf.PdfDocument;
import nl.codewijzer.pdf.PdfDocuments;
import nl.codewijzer.pdf.TitleField;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.codetext.internal.CodeArchive;
import nl.codewijzer.codetext.internal.CodeVersion;
import nl.codewijzer.codetext.internal.CodeVersionRepository;
import nl.codewijzer.codetext.internal.ConductCode;
import nl.codewijzer.codetext.internal.ConductCodeRepository;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Codes and their versions. Everyone signed in reads the adopted text; drafts are for the
 * coördinator, the schoolleiding and the MR; only the coördinator and the schoolleiding write.
 * Each method checks that itself.
 *
 * <p>Over 400 lines, with a reason: the one service every module reads versions through; reading,
 * saving (with the lost-edit check), status changes and summaries share its access rules.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class CodeTexts {

    /** A code's text may be at most 200 KB (UTF-8). */
    public static final int MAX_TEXT_BYTES = 200 * 1024;
    public static final int MAX_MESSAGE_LENGTH = 500;
    public static final int MAX_SOURCE_LENGTH = 300;
    public static final int MAX_TITLE_LENGTH = 200;
    private static final Role[] DRAFT_READERS = {Role.COORDINATOR, Role.SCHOOLLEIDING, Role.MR_LID, Role.MR_VOORZITTER};

    private final ConductCodeRepository codes;
    private final CodeVersionRepository versions;
    private final CodeTemplates templates;
    private final CodeArchive archive;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final UniqueKeyRetry retry;
    private final SafeMarkdown markdown;
    private final TextDiff textDiff;
    private final PdfDocuments pdfs;
    private final SchoolSettings settings;
    private final Translations translations;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    private static final String SIGNABLE = "select v.id, v.code_id, c.title, v.number, v.status, v.sha256, v.markdown"
            + " from code_version v join conduct_code c on c.id = v.code_id where v.id = ?";

    CodeTexts(ConductCodeRepository codes, CodeVersionRepository versions, CodeTemplates templates, CodeArchive archive,
            CurrentUser currentUser, ApplicationEventPublisher events, UniqueKeyRetry retry,
            SafeMarkdown markdown, TextDiff textDiff, PdfDocuments pdfs, SchoolSettings settings, Translations translations, Clock clock,
            JdbcTemplate jdbc) {
        this.codes = codes;
        this.versions = versions;
        this.templates = templates;
        this.archive = archive;
        this.currentUser = currentUser;
        this.events = events;
        this.retry = retry;
        this.markdown = markdown;
        this.textDiff = textDiff;
        this.pdfs = pdfs;
        this.settings = settings;
        this.translations = translations;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    // ---- reading ----

    /** Whether the caller may see drafts (anything not adopted). */
    public boolean canReadDrafts() {
        return currentUser.hasAnyRole(DRAFT_READERS) || currentUser.isSystem();
    }

    /** Whether the caller may write and edit drafts. */
    public boolean canEdit() {
        return currentUser.hasAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING) || currentUser.isSystem();
    }

    @Transactional(readOnly = true)
    public List<CodeSummary> codes() {
        return codes.allByTitle().stream().map(this::summarize).toList();
    }

    @Transactional(readOnly = true)
    public CodeSummary code(long codeId) {
        return summarize(loadCode(codeId));
    }

    /** The versions the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<VersionSummary> history(long codeId) {
        loadCode(codeId);
        boolean drafts = canReadDrafts();
        return versions.summaries(codeId).stream()
                .filter(version -> drafts || version.status().isPublicToStaff())
                .toList();
    }

    @Transactional(readOnly = true)
    public VersionDetail version(long versionId) {
        return detail(readable(loadVersion(versionId)));
    }

    /**
     * A version as a signature needs it, read as one row by plain SQL in the caller's transaction (decision 0055): no
     * entity is loaded, so the signature's flushes have nothing of it to check. Empty if there is no such version or
     * the caller may not read it (a draft, for a role that sees no drafts), as {@link #version} refuses.
     */
    public Optional<SignableText> signable(long versionId) {
        var drafts = canReadDrafts();
        return jdbc.query(SIGNABLE, (row, i) -> new SignableText(row.getLong("id"), row.getLong("code_id"),
                row.getString("title"), row.getInt("number"), VersionStatus.valueOf(row.getString("status")),
                row.getString("sha256"), row.getString("markdown")), versionId).stream()
                .filter(version -> drafts || version.status().isPublicToStaff()).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<VersionDetail> active(long codeId) {
        return versions.withStatus(codeId, VersionStatus.VASTGESTELD).stream().findFirst().map(this::detail);
    }

    /** Compares two versions (by number) of one code; both must be readable by the caller. */
    @Transactional(readOnly = true)
    public VersionComparison compare(long codeId, int fromNumber, int toNumber) {
        var from = readable(versions.byNumber(codeId, fromNumber)
                .orElseThrow(() -> new InvalidInput("van", "version.error.not-found")));
        var to = readable(versions.byNumber(codeId, toNumber)
                .orElseThrow(() -> new InvalidInput("naar", "version.error.not-found")));
        return new VersionComparison(from.toSummary(), to.toSummary(), textDiff.compare(from.markdown(), to.markdown()),
                ChangedSections.between(from.markdown(), to.markdown()));
    }

    /**
     * The version as a PDF: a title block (school, code, version, status, dates, SHA-256) and the
     * text, rendered by the same safe renderer as the screen.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long versionId, Locale locale) {
        var version = readable(loadVersion(versionId));
        var summary = version.toSummary();
        var school = settings.schoolName();
        var fields = new ArrayList<TitleField>();
        fields.add(new TitleField(text("pdf.school", locale), school));
        fields.add(new TitleField(text("pdf.version", locale), String.valueOf(version.number())));
        fields.add(new TitleField(text("pdf.status", locale), text(version.status().labelKey(), locale)));
        fields.add(new TitleField(text("pdf.saved", locale), formatted(summary.createdAt(), locale)
                + " · " + summary.authorName()));
        if (version.status().isFinal()) {
            fields.add(new TitleField(text("pdf.adopted", locale), formatted(summary.statusChangedAt(), locale)));
        }
        fields.add(new TitleField(text("pdf.message", locale), summary.message()));
        fields.add(new TitleField("SHA-256", version.sha256()));
        var footer = school + " · " + version.code().title() + " · " + text("pdf.version", locale) + " " + version.number();
        return pdfs.render(new PdfDocument(version.code().title(), fields, markdown.toHtml(version.markdown()), footer,
                locale));
    }

    // ---- writing ----

    /**
     * Saves {@code markdown} as the next version, based on the concept {@code baseVersionId} the
     * editor was opened on. If someone saved a newer version meanwhile, nothing is saved and a
     * {@link VersionConflict} carries their version, so the caller can merge; nothing is ever
     * overwritten. The base concept becomes "vervangen".
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    public VersionDetail save(long baseVersionId, String markdown, String message, @Nullable String source) {
        checkText(markdown, message, source);
        // two saves at the same moment: the database lets only one have the number, and the other's
        // second attempt finds the newer version and answers with a VersionConflict
        return java.util.Objects.requireNonNull(retry.run(() -> {
            var base = loadVersion(baseVersionId);
            var code = base.code();
            int latest = versions.latestNumber(code.id()).orElse(0);
            if (latest != base.number()) {
                // someone saved on top of the version this editor was opened on
                throw new VersionConflict(detail(versions.byNumber(code.id(), latest).orElseThrow()));
            }
            if (!base.status().isEditable()) {
                throw new InvalidInput("markdown", "version.error.not-editable", base.number());
            }
            base.moveTo(VersionStatus.VERVANGEN, clock.instant());
            var saved = store(code, latest + 1, markdown, message, source, base.number());
            events.publishEvent(new VersionStatusChanged(code.id(), base.id(), VersionStatus.CONCEPT,
                    VersionStatus.VERVANGEN, clock.instant()));
            return saved;
        }));
    }

    /**
     * Starts a new concept from any version (to revise the adopted code, or to amend a refused
     * one), with {@code markdown} as its text: usually the same text, to be edited next.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional
    public VersionDetail startDraft(long fromVersionId, String markdown, String message, @Nullable String source) {
        var from = readable(loadVersion(fromVersionId));
        checkText(markdown, message, source);
        var code = from.code();
        var open = versions.withStatus(code.id(), VersionStatus.CONCEPT);
        if (!open.isEmpty()) {
            throw new InvalidInput("version", "version.error.draft-exists", open.getFirst().number());
        }
        int latest = versions.latestNumber(code.id()).orElse(0);
        return store(code, latest + 1, markdown, message, source, from.number());
    }

    /** Starts a new code from a template (or example) in {@code codes/}, as version 1, a concept. */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional
    public VersionDetail createCode(String title, String templateId) {
        var template = templates.find(templateId)
                .orElseThrow(() -> new InvalidInput("template", "code.error.template-unknown", templateId));
        // the message is stored in Dutch, the school's language: it is part of the record, not of the UI
        return createCode(title, template.markdown(), template.id(),
                translations.getTranslation("code.message.from-template", Translations.DUTCH, template.title()));
    }

    /** Starts a new code from an uploaded Markdown file. */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional
    public VersionDetail importCode(String title, String fileName, byte[] file) {
        var markdown = readMarkdownUpload(fileName, file);
        return createCode(title, markdown, null,
                translations.getTranslation("code.message.imported", Translations.DUTCH, fileName));
    }

    /** Adds an uploaded Markdown file as the next concept of a code. */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    public VersionDetail importDraft(long baseVersionId, String fileName, byte[] file, String message) {
        return save(baseVersionId, readMarkdownUpload(fileName, file), message, fileName);
    }

    /** Withdraws a concept that will not be continued. */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional
    public VersionSummary withdrawDraft(long versionId) {
        var version = loadVersion(versionId);
        if (!version.status().isEditable()) {
            throw new InvalidInput("status", "version.error.not-editable", version.number());
        }
        return move(version, VersionStatus.INGETROKKEN);
    }

    /**
     * Moves a version along its life. Each step belongs to one party under the WMS: the
     * schoolleiding (bevoegd gezag) submits, withdraws and adopts; the MR, through its voorzitter,
     * records consent or refusal. Adoption makes the previously active version "vervangen" and
     * announces {@link VersionAdopted}. For the consent workflow, which checks its own rules first.
     */
    @PreAuthorize(Role.Require.CONSENT_WORKFLOW)
    @Transactional
    public VersionSummary transition(long versionId, VersionStatus target) {
        var mayMove = switch (target) {
            case INGESTEMD, NIET_INGESTEMD -> currentUser.hasAnyRole(Role.MR_VOORZITTER);
            case TER_INSTEMMING, VASTGESTELD, INGETROKKEN, VERVANGEN -> currentUser.hasAnyRole(Role.SCHOOLLEIDING);
            case CONCEPT -> false;
        };
        if (!mayMove && !currentUser.isSystem()) {
            throw new AccessDeniedException("Moving a version to " + target + " is not this role's step");
        }
        var version = loadVersion(versionId);
        if (!version.status().mayBecome(target)) {
            throw new IllegalTransition(version.status(), target);
        }
        if (target == VersionStatus.VASTGESTELD) {
            for (var active : versions.withStatus(version.code().id(), VersionStatus.VASTGESTELD)) {
                if (!active.equals(version)) {
                    move(active, VersionStatus.VERVANGEN);
                }
            }
        }
        var moved = move(version, target);
        if (target == VersionStatus.VASTGESTELD) {
            events.publishEvent(new VersionAdopted(version.code().id(), version.id(), version.number(), version.sha256(),
                    clock.instant()));
        }
        return moved;
    }

    /** Writes every version to the archive folder again and reports files that did not match. */
    @PreAuthorize(Role.Require.BEHEERDER_OR_SYSTEM)
    @Transactional(readOnly = true)
    public ArchiveReport rebuildArchive() {
        return archive.rebuild(versions.everything());
    }

    // ---- helpers ----

    private VersionDetail createCode(String title, String markdown, @Nullable String templateId, String message) {
        var cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            throw new InvalidInput("title", "code.error.title-missing");
        }
        if (cleanTitle.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInput("title", "code.error.title-too-long", MAX_TITLE_LENGTH);
        }
        checkText(markdown, message, null);
        var code = codes.save(new ConductCode(uniqueSlug(cleanTitle), cleanTitle, templateId, clock.instant()));
        return store(code, 1, markdown, message, null, null);
    }

    private VersionDetail store(ConductCode code, int number, String markdown, String message, @Nullable String source,
            @Nullable Integer parentNumber) {
        var author = currentUser.get();
        var version = new CodeVersion(code, number, markdown, author.map(user -> user.personId()).orElse(null),
                author.map(user -> user.fullName()).orElse("Codewijzer"), clock.instant(), message.strip(),
                source == null || source.isBlank() ? null : source.strip(), parentNumber);
        version = versions.saveAndFlush(version);
        events.publishEvent(new VersionSaved(code.id(), version.id(), number,
                version.authorId() == null ? 0 : version.authorId(), version.sha256(), clock.instant()));
        return detail(version);
    }

    private VersionSummary move(CodeVersion version, VersionStatus target) {
        var from = version.status();
        version.moveTo(target, clock.instant());
        versions.saveAndFlush(version);
        events.publishEvent(new VersionStatusChanged(version.code().id(), version.id(), from, target, clock.instant()));
        return version.toSummary();
    }

    private static void checkText(String markdown, String message, @Nullable String source) {
        var problems = new ArrayList<Problem>();
        if (markdown.isBlank()) {
            problems.add(new Problem("markdown", "version.error.empty"));
        } else if (markdown.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            problems.add(new Problem("markdown", "version.error.too-large", MAX_TEXT_BYTES / 1024));
        }
        if (message.isBlank()) {
            problems.add(new Problem("message", "version.error.message-missing"));
        } else if (message.strip().length() > MAX_MESSAGE_LENGTH) {
            problems.add(new Problem("message", "version.error.message-too-long", MAX_MESSAGE_LENGTH));
        }
        if (source != null && source.strip().length() > MAX_SOURCE_LENGTH) {
            problems.add(new Problem("source", "version.error.source-too-long", MAX_SOURCE_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * Reads an uploaded file into the editor (it becomes a version only when saved with a message).
     * It must be UTF-8 Markdown (or plain text) of at most 200 KB.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    public String readUpload(String fileName, byte[] file) {
        return readMarkdownUpload(fileName, file);
    }

    static String readMarkdownUpload(String fileName, byte[] file) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt"))) {
            throw new InvalidInput("file", "code.error.upload-not-markdown", fileName);
        }
        if (file.length > MAX_TEXT_BYTES) {
            throw new InvalidInput("file", "version.error.too-large", MAX_TEXT_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", "code.error.upload-not-utf8");
        }
        if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            throw new InvalidInput("file", "code.error.upload-not-markdown", fileName); // a binary file renamed to .md
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new InvalidInput("file", "version.error.empty");
        }
        return text.replace("\r\n", "\n");
    }

    private String uniqueSlug(String title) {
        var base = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "code" : base.substring(0, Math.min(60, base.length()));
        var slug = base;
        for (int i = 2; codes.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private CodeVersion readable(CodeVersion version) {
        if (!version.status().isPublicToStaff() && !canReadDrafts()) {
            throw new AccessDeniedException("Drafts are not visible to this role");
        }
        return version;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    private String formatted(java.time.Instant instant, Locale locale) {
        return DateTexts.dateTime(instant, locale);
    }

    private CodeSummary summarize(ConductCode code) {
        var history = versions.summaries(code.id());
        boolean drafts = canReadDrafts();
        var active = history.stream().filter(v -> v.status() == VersionStatus.VASTGESTELD).findFirst().orElse(null);
        var draft = !drafts ? null : history.stream().filter(v -> v.status() == VersionStatus.CONCEPT).findFirst()
                .orElse(null);
        return new CodeSummary(code.id(), code.slug(), code.title(), active, draft, history.size());
    }

    private VersionDetail detail(CodeVersion version) {
        return new VersionDetail(version.toSummary(), version.code().title(), version.code().slug(), version.markdown());
    }

    private ConductCode loadCode(long codeId) {
        return codes.findById(codeId).orElseThrow(() -> new InvalidInput("code", "code.error.not-found"));
    }

    private CodeVersion loadVersion(long versionId) {
        return versions.withCode(versionId).orElseThrow(() -> new InvalidInput("version", "version.error.not-found"));
    }
}
