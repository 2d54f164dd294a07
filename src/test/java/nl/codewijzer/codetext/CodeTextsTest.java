package nl.codewijzer.codetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.codetext.internal.CodeArchive;
import nl.codewijzer.codetext.internal.FrontMatter;
import nl.codewijzer.security.SignedInUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The code text service against the real database: versions, conflicts, access, archive and PDF. */
@CodewijzerTest
@RecordApplicationEvents
class CodeTextsTest {

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    CodeArchive archive;

    /** Submits, records the MR's consent and adopts, each step by the role it belongs to. */
    private void adopt(VersionDetail version) {
        SignIn.as(users, "directeur@school.example");
        codeTexts.transition(version.id(), VersionStatus.TER_INSTEMMING);
        SignIn.as(users, "mr.voorzitter@school.example");
        codeTexts.transition(version.id(), VersionStatus.INGESTEMD);
        SignIn.as(users, "directeur@school.example");
        codeTexts.transition(version.id(), VersionStatus.VASTGESTELD);
    }

    private VersionDetail newCode(String title) {
        SignIn.as(users, "coordinator@school.example");
        return codeTexts.createCode(title, "gedragscode-sociale-media");
    }

    @Test
    void a_code_starts_from_the_template_as_concept_version_1_with_the_hash_of_its_text() {
        var first = newCode("Gedragscode voor de test " + System.nanoTime());

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(VersionStatus.CONCEPT);
        assertThat(first.markdown()).contains("Mogen leraren contact hebben met leerlingen via sociale media?");
        assertThat(first.summary().sha256()).isEqualTo(TextHash.sha256(first.markdown()));
        assertThat(first.summary().authorName()).isEqualTo("Samira El Idrissi");
    }

    @Test
    void saving_makes_a_new_version_and_the_old_concept_becomes_replaced_without_its_text_changing() {
        var first = newCode("Versies " + System.nanoTime());
        var changed = first.markdown().replace("*Hier komt de afspraak die het team maakt.*",
                "Alleen via de kanalen van school.");

        var second = codeTexts.save(first.id(), changed, "Afspraak 1 ingevuld", "Teamdag");

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.summary().parentNumber()).isEqualTo(1);
        assertThat(second.summary().source()).isEqualTo("Teamdag");
        var old = codeTexts.version(first.id());
        assertThat(old.status()).isEqualTo(VersionStatus.VERVANGEN);
        assertThat(old.markdown()).isEqualTo(first.markdown());
        assertThat(old.summary().sha256()).isEqualTo(first.summary().sha256());
    }

    @Test
    void a_save_based_on_an_outdated_version_is_refused_with_theirs_and_neither_text_is_lost() {
        var first = newCode("Conflict " + System.nanoTime());
        var coordinatorText = first.markdown() + "\nTekst van de coördinator.\n";
        var directorText = first.markdown() + "\nTekst van de directeur.\n";

        // both opened version 1; the coördinator saves first
        var saved = codeTexts.save(first.id(), coordinatorText, "Coördinator", null);
        SignIn.as(users, "directeur@school.example");
        var conflict = catchConflict(() -> codeTexts.save(first.id(), directorText, "Directeur", null));

        assertThat(conflict.theirs().number()).isEqualTo(saved.number());
        assertThat(conflict.theirs().markdown()).isEqualTo(coordinatorText);
        // the director merges by hand: continues on theirs, with their own text
        var merged = codeTexts.save(conflict.theirs().id(), directorText, "Directeur, na samenvoegen", null);
        assertThat(merged.number()).isEqualTo(3);
        assertThat(codeTexts.version(saved.id()).markdown()).isEqualTo(coordinatorText);
        assertThat(codeTexts.version(merged.id()).markdown()).isEqualTo(directorText);
    }

    @Test
    void two_saves_at_the_same_moment_give_one_new_version_and_one_conflict() throws Exception {
        var first = newCode("Gelijktijdig " + System.nanoTime());
        var coordinator = (SignedInUser) users.loadUserByUsername("coordinator@school.example");
        var director = (SignedInUser) users.loadUserByUsername("directeur@school.example");
        var start = new CountDownLatch(1);
        var outcomes = Collections.synchronizedList(new ArrayList<String>());
        var pool = Executors.newFixedThreadPool(2);
        for (var person : List.of(coordinator, director)) {
            pool.submit(() -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                        person.getAuthorities()));
                SecurityContextHolder.setContext(context);
                try {
                    start.await();
                    codeTexts.save(first.id(), first.markdown() + "\n" + person.fullName() + "\n", "Gelijktijdig", null);
                    outcomes.add("saved");
                } catch (VersionConflict conflict) {
                    outcomes.add("conflict");
                } catch (Exception other) {
                    outcomes.add(other.toString());
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        SignIn.as(coordinator);
        assertThat(codeTexts.history(first.summary().codeId())).hasSize(2);
    }

    @Test
    void a_version_that_is_not_a_concept_cannot_be_edited_and_nothing_changes() {
        var first = newCode("Niet bewerkbaar " + System.nanoTime());
        SignIn.as(users, "directeur@school.example");
        codeTexts.transition(first.id(), VersionStatus.TER_INSTEMMING);

        assertThatThrownBy(() -> codeTexts.save(first.id(), "# Nieuw\n", "poging", null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().getFirst().messageKey())
                        .isEqualTo("version.error.not-editable"));
        assertThat(codeTexts.history(first.summary().codeId())).hasSize(1);
    }

    @Test
    void empty_text_a_text_over_200_kb_and_a_missing_message_are_refused_at_their_fields() {
        var first = newCode("Slechte invoer " + System.nanoTime());

        assertThat(problemFields(() -> codeTexts.save(first.id(), "   \n", "", null)))
                .containsExactly("markdown:version.error.empty", "message:version.error.message-missing");
        var huge = "x".repeat(CodeTexts.MAX_TEXT_BYTES + 1);
        assertThat(problemFields(() -> codeTexts.save(first.id(), huge, "te groot", null)))
                .containsExactly("markdown:version.error.too-large");
        assertThat(codeTexts.history(first.summary().codeId())).hasSize(1);
    }

    @Test
    void an_upload_must_be_utf8_markdown() {
        var first = newCode("Upload " + System.nanoTime());
        var latin1 = "# Coördinator\n".getBytes(StandardCharsets.ISO_8859_1);
        var binary = new byte[] {'%', 'P', 'D', 'F', 0, 1, 2};

        assertThat(problemFields(() -> codeTexts.importDraft(first.id(), "code.md", latin1, "upload")))
                .containsExactly("file:code.error.upload-not-utf8");
        assertThat(problemFields(() -> codeTexts.importDraft(first.id(), "code.pdf", binary, "upload")))
                .containsExactly("file:code.error.upload-not-markdown");
        assertThat(problemFields(() -> codeTexts.importDraft(first.id(), "code.md", binary, "upload")))
                .containsExactly("file:code.error.upload-not-markdown");

        var imported = codeTexts.importDraft(first.id(), "nieuw.md", "# Nieuwe code\r\n\r\nÉén regel.\r\n"
                .getBytes(StandardCharsets.UTF_8), "Geüpload");
        assertThat(imported.markdown()).isEqualTo("# Nieuwe code\n\nÉén regel.\n");
        assertThat(imported.summary().source()).isEqualTo("nieuw.md");
    }

    @Test
    void a_medewerker_reads_the_adopted_version_but_not_drafts() {
        SignIn.as(users, "docent@school.example");
        var demo = codeTexts.codes().stream().filter(code -> code.slug().equals("gedragscode-sociale-media")).findFirst()
                .orElseThrow();

        assertThat(demo.active()).isNotNull();
        assertThat(demo.latestDraft()).isNull();
        assertThat(codeTexts.history(demo.id())).allMatch(version -> version.status().isPublicToStaff());
        SignIn.as(users, "coordinator@school.example");
        var draftId = codeTexts.code(demo.id()).latestDraft().id();
        SignIn.as(users, "docent@school.example");
        assertThatThrownBy(() -> codeTexts.version(draftId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codeTexts.createCode("Mag niet", "gedragscode-sociale-media"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adopting_replaces_the_active_version_and_announces_it() {
        var first = newCode("Vaststellen " + System.nanoTime());
        adopt(first);
        SignIn.as(users, "coordinator@school.example");
        var second = codeTexts.startDraft(first.id(), first.markdown() + "\nHerzien.\n", "Herziening", null);
        SignIn.as(users, "directeur@school.example");
        assertThatThrownBy(() -> codeTexts.transition(second.id(), VersionStatus.VASTGESTELD))
                .isInstanceOf(IllegalTransition.class);
        adopt(second);

        assertThat(codeTexts.version(first.id()).status()).isEqualTo(VersionStatus.VERVANGEN);
        assertThat(codeTexts.active(first.summary().codeId()).orElseThrow().id()).isEqualTo(second.id());
        assertThat(events.stream(VersionAdopted.class).map(VersionAdopted::versionId))
                .containsExactly(first.id(), second.id());
    }

    @Test
    void each_step_of_the_consent_belongs_to_its_own_role() {
        var first = newCode("Rollen " + System.nanoTime());
        SignIn.as(users, "mr.voorzitter@school.example");
        assertThatThrownBy(() -> codeTexts.transition(first.id(), VersionStatus.TER_INSTEMMING))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "directeur@school.example");
        codeTexts.transition(first.id(), VersionStatus.TER_INSTEMMING);
        assertThatThrownBy(() -> codeTexts.transition(first.id(), VersionStatus.INGESTEMD))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "mr.voorzitter@school.example");
        codeTexts.transition(first.id(), VersionStatus.INGESTEMD);
        assertThatThrownBy(() -> codeTexts.transition(first.id(), VersionStatus.VASTGESTELD))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "coordinator@school.example");
        assertThatThrownBy(() -> codeTexts.transition(first.id(), VersionStatus.VASTGESTELD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codeTexts.version(first.id()).status()).isEqualTo(VersionStatus.INGESTEMD);
    }

    @Test
    void every_saved_version_is_in_the_archive_with_its_front_matter() throws Exception {
        var first = newCode("Archief " + System.nanoTime());
        var second = codeTexts.save(first.id(), first.markdown() + "\nIn het archief.\n", "Archieftest", "Teamdag");

        var file = archive.root().resolve(second.codeSlug()).resolve("v2.md");
        assertThat(file).exists();
        var parsed = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(parsed.body()).isEqualTo(second.markdown());
        assertThat(parsed.values()).containsEntry("version", "2").containsEntry("status", "concept")
                .containsEntry("sha256", second.summary().sha256()).containsEntry("source", "Teamdag")
                .containsEntry("author", "Samira El Idrissi");
        var firstFile = archive.root().resolve(second.codeSlug()).resolve("v1.md");
        assertThat(FrontMatter.parse(Files.readString(firstFile)).get("status")).isEqualTo("vervangen");

        SignIn.as(users, "beheerder@school.example");
        var report = codeTexts.rebuildArchive();
        assertThat(report.mismatched()).isEmpty();
    }

    @Test
    void the_pdf_of_the_adopted_demo_code_holds_its_title_block_and_text() throws Exception {
        SignIn.as(users, "docent@school.example");
        var demo = codeTexts.codes().stream().filter(code -> code.slug().equals("gedragscode-sociale-media")).findFirst()
                .orElseThrow();
        var active = codeTexts.version(demo.active().id());

        var pdf = codeTexts.pdf(active.id(), java.util.Locale.of("nl", "NL"));

        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Gedragscode sociale media", "De Linde (demo)", "Vastgesteld")
                    .contains(active.summary().sha256().substring(0, 16))
                    .contains("Mogen leraren contact hebben met leerlingen via sociale media?")
                    .contains("Pagina 1 van");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }

    private static VersionConflict catchConflict(Runnable action) {
        try {
            action.run();
        } catch (VersionConflict conflict) {
            return conflict;
        }
        throw new AssertionError("Expected a version conflict");
    }

    private static List<String> problemFields(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput invalid) {
            return invalid.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("Expected the input to be refused");
    }
}
