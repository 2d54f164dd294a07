package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The beheerder's staff list at /beheer/personeel, driven through what is on screen. */
final class StaffAdminPage {

    private final Page page;

    private StaffAdminPage(Page page) {
        this.page = page;
    }

    static StaffAdminPage open(Page page) {
        page.navigate("/beheer/personeel");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Personeel").setLevel(1)))
                .isVisible();
        return new StaffAdminPage(page);
    }

    /**
     * Adds a person with the default role and start date through the dialog, and returns once the
     * app has confirmed the save and closed the dialog.
     */
    void addPerson(String fullName, String email, String temporaryPassword) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Persoon toevoegen")).click();
        // The dialog element itself has no box of its own (its overlay draws it), so look at its fields.
        var dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Persoon toevoegen"));
        var name = dialog.getByLabel("Volledige naam", new Locator.GetByLabelOptions().setExact(true));
        assertThat(name).isVisible();
        name.fill(fullName);
        dialog.getByLabel("E-mailadres (inlognaam)", new Locator.GetByLabelOptions().setExact(true)).fill(email);
        dialog.getByLabel("Tijdelijk wachtwoord", new Locator.GetByLabelOptions().setExact(true)).fill(temporaryPassword);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
        assertThat(page.getByText(fullName + " is opgeslagen.")).isVisible();
        assertThat(name).isHidden();
    }

    /** Types into the search field, as someone looking for a colleague does. */
    void search(String text) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Zoek op naam of e-mail")).fill(text);
    }

    /**
     * A name as it appears in the list of staff. Only shown rows count: the grid keeps the text of
     * rows it hid after a search in its recycled cells.
     */
    Locator listedName(String fullName) {
        return page.locator("vaadin-grid").getByText(fullName, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }
}
