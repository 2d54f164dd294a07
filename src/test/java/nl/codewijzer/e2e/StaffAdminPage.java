package nl.codewijzer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/** The beheerder's staff list at /beheer/personeel, driven through what is on screen. */
final class StaffAdminPage {

    private final Page page;

    private StaffAdminPage(Page page) {
        this.page = page;
    }

    static StaffAdminPage open(Page page) {
        page.navigate("/beheer/personeel");
        return shown(page);
    }

    /** The staff list already open on {@code page} (after {@link Login#at}). */
    static StaffAdminPage shown(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Personeel").setLevel(1)))
                .isVisible();
        return new StaffAdminPage(page);
    }

    /** Adds a person through the dialog and returns once the app has confirmed the save. */
    void addPerson(String fullName, String email, String temporaryPassword) {
        var person = fillInNewPerson(fullName, email, temporaryPassword);
        person.save();
        person.awaitConfirmation();
    }

    /**
     * Opens the "add" dialog and fills in a person with the default role and start date, without
     * saving yet; an empty {@code temporaryPassword} leaves that field as it is (or absent).
     */
    FilledInPerson fillInNewPerson(String fullName, String email, String temporaryPassword) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Persoon toevoegen")).click();
        // The dialog element itself has no box of its own (its overlay draws it), so look at its fields.
        var dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Persoon toevoegen"));
        var name = dialog.getByLabel("Volledige naam", new Locator.GetByLabelOptions().setExact(true));
        assertThat(name).isVisible();
        name.fill(fullName);
        dialog.getByLabel("E-mailadres (inlognaam)", new Locator.GetByLabelOptions().setExact(true)).fill(email);
        if (!temporaryPassword.isEmpty()) {
            dialog.getByLabel("Tijdelijk wachtwoord", new Locator.GetByLabelOptions().setExact(true)).fill(temporaryPassword);
        }
        return new FilledInPerson(fullName, name,
                dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan").setExact(true)));
    }

    /** The "add" dialog, filled in and waiting for the click on "Opslaan". */
    final class FilledInPerson {

        private final String fullName;
        private final Locator nameField;
        private final Locator saveButton;
        private boolean confirmationArrived;

        private FilledInPerson(String fullName, Locator nameField, Locator saveButton) {
            this.fullName = fullName;
            this.nameField = nameField;
            this.saveButton = saveButton;
            page.onResponse(this::noticeConfirmation);
        }

        /** Clicks "Opslaan"; returns as soon as the click is made, not when the server has answered. */
        void save() {
            saveButton.click();
        }

        /**
         * Whether the server's answer carrying "… is opgeslagen." has reached the browser, which draws
         * it within a frame. Knowing this from the answer itself, rather than by polling the page for
         * the message, lets a crash test kill the server the moment the app has confirmed.
         */
        boolean confirmationArrived() {
            return confirmationArrived;
        }

        private void noticeConfirmation(Response response) {
            if (!confirmationArrived && response.url().contains("v-r=uidl") && response.text().contains(confirmation())) {
                confirmationArrived = true;
            }
        }

        /** Waits for "… is opgeslagen." on screen and the dialog closing. */
        void awaitConfirmation() {
            assertThat(page.getByText(confirmation())).isVisible();
            assertThat(nameField).isHidden();
        }

        private String confirmation() {
            return fullName + " is opgeslagen.";
        }
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
