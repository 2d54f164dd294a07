package nl.codewijzer.codetext.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The editor, history and compare views as the coördinator and a teacher use them. */
@CodewijzerTest
class CodeTextViewsTest extends SpringBrowserlessTest {

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    private VersionDetail freshCode() {
        return codeTexts.createCode("Schermtest " + System.nanoTime(), "gedragscode-sociale-media");
    }

    /** The HTML of every {@link Html} inside a component, however deep. */
    private static String htmlIn(com.vaadin.flow.component.Component container) {
        if (container instanceof Html html) {
            return html.getInnerHtml();
        }
        return container.getChildren().map(CodeTextViewsTest::htmlIn).collect(Collectors.joining());
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_editor_previews_the_text_lists_its_sections_and_saves_a_new_version() {
        var first = freshCode();
        var editor = navigate(EditorView.class, first.id());

        test(editor.text).setValue("# Onze code\n\n## Avond\n\nGeen berichten na **19.00 uur**.\n\n<script>alert(1)</script>\n");

        assertThat(htmlIn(editor.preview)).contains("<strong>19.00 uur</strong>").doesNotContain("<script");
        assertThat(editor.outline.getChildren().map(c -> ((Span) c).getText())).containsExactly("Onze code", "Avond");

        test(editor.save).click();
        assertThat(editor.message.isInvalid()).isTrue();
        assertThat(editor.message.getErrorMessage()).isEqualTo("Beschrijf kort wat er veranderd is.");
        assertThat(codeTexts.history(first.summary().codeId())).hasSize(1);

        test(editor.message).setValue("Avondregel toegevoegd");
        test(editor.save).click();

        var version = (VersionView) getCurrentView();
        assertThat(test($(H1.class, version).single()).getText()).startsWith("Schermtest");
        var history = codeTexts.history(first.summary().codeId());
        assertThat(history).hasSize(2);
        assertThat(codeTexts.version(history.getFirst().id()).markdown()).contains("Geen berichten na **19.00 uur**.");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void a_conflict_shows_their_changes_and_merging_keeps_my_text_on_top_of_theirs() {
        var first = freshCode();
        var editor = navigate(EditorView.class, first.id());
        test(editor.text).setValue(first.markdown() + "\nMijn toevoeging.\n");
        test(editor.message).setValue("Mijn wijziging");

        var me = users.loadUserByUsername("coordinator@school.example");
        SignIn.as(users, "directeur@school.example");
        var theirs = codeTexts.save(first.id(), first.markdown() + "\nHun toevoeging.\n", "Hun wijziging", null);
        SignIn.as((nl.codewijzer.security.SignedInUser) me);

        test(editor.save).click();

        var dialog = $(ConflictDialog.class).single();
        // one changed line: their word struck through, mine inserted
        assertThat(htmlIn(dialog)).contains("<del class=\"diff-del\">Hun</del>").contains("<ins class=\"diff-ins\">Mijn</ins>");
        test($(Button.class, dialog).withText("Samenvoegen: mijn tekst houden en verder op hun versie").single()).click();

        assertThat(editor.text.getValue()).contains("Mijn toevoeging.").doesNotContain("Hun toevoeging.");
        assertThat(editor.basedOn.getText()).contains("versie " + theirs.number());
        assertThat(htmlIn(editor.mergeHelp)).contains("<del class=\"diff-del\">Hun</del>");

        test(editor.text).setValue(editor.text.getValue() + "Hun toevoeging.\n");
        test(editor.save).click();

        var history = codeTexts.history(first.summary().codeId());
        assertThat(history).hasSize(3);
        assertThat(codeTexts.version(history.getFirst().id()).markdown()).contains("Mijn toevoeging.", "Hun toevoeging.");
        assertThat(codeTexts.version(theirs.id()).markdown()).contains("Hun toevoeging.").doesNotContain("Mijn toevoeging.");
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_history_lists_every_version_and_comparing_two_highlights_the_changed_words() {
        var first = freshCode();
        codeTexts.save(first.id(), first.markdown().replace("Hier komt de afspraak die het team maakt.",
                "Hier komt de regel die het team via de schoolapp maakt."), "Eerste afspraak", "Teamdag");
        var history = navigate(HistoryView.class, first.summary().codeId());

        assertThat(test(history.grid).size()).isEqualTo(2);
        assertThat(history.compare.isEnabled()).isFalse();
        history.grid.asMultiSelect().select(history.grid.getListDataView().getItems().toList());
        test(history.compare).click();

        var compare = (CompareView) getCurrentView();
        var html = htmlIn(compare.result);
        assertThat(html).contains("<ins class=\"diff-ins\">").contains("schoolapp");
        assertThat(html).contains("<del class=\"diff-del\">");
        assertThat(html).contains("ongewijzigde regel"); // the long unchanged stretches are folded

        test(compare.wholeText).click();
        assertThat(htmlIn(compare.result)).doesNotContain("ongewijzigde regel").contains("Om over te praten");
        test(compare.mode).selectItem("In de tekst");
        assertThat(htmlIn(compare.result)).doesNotContain("class=\"old\"").contains("<ins class=\"diff-ins\">");
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_teacher_reads_the_adopted_code_but_cannot_open_a_draft_or_the_editor() {
        var codes = navigate(CodesView.class);
        assertThat($(Button.class, codes).withText("Lezen").exists()).isTrue();
        assertThat($(Button.class, codes).withText("Concept openen").exists()).isFalse();
        assertThat($(Button.class, codes).withText("Nieuwe code").exists()).isFalse();

        var demo = codeTexts.codes().stream().filter(c -> c.slug().equals("gedragscode-sociale-media")).findFirst()
                .orElseThrow();
        navigate(VersionView.class, demo.active().id());
        assertThat(test($(H1.class).first()).getText()).isEqualTo("Gedragscode sociale media");

        navigate("gedragscode/bewerken/" + demo.active().id(), nl.codewijzer.base.ui.AccessDeniedView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Geen toegang");

        SignIn.as(users, "coordinator@school.example");
        var draft = codeTexts.version(codeTexts.code(demo.id()).latestDraft().id());
        assertThat(draft.status()).isEqualTo(nl.codewijzer.codetext.VersionStatus.CONCEPT);
        SignIn.as(users, "docent@school.example");
        navigate("gedragscode/versie/" + draft.id(), nl.codewijzer.base.ui.ServiceAccessDeniedView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Geen toegang");

        navigate("gedragscode/versie/999999", nl.codewijzer.base.ui.InvalidInputView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).first().getText()).isEqualTo("Deze versie bestaat niet.");
    }
}
