package nl.codewijzer.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import nl.codewijzer.base.ShellBranding;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.UnreadCount;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.LoginRoutes;
import nl.codewijzer.security.PasswordChange;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every signed-in page. The side navigation lists exactly the views the person's
 * roles may open: {@link MenuConfiguration} filters {@code @Menu} routes through the same access
 * control that guards navigation, so menu and access cannot drift apart. A {@code @Menu} title is a
 * resource key.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String NAVIGATION_ID = "main-navigation";

    private final Anchor unreadBadge = new Anchor();
    private @Nullable UnreadCount unread;

    MainLayout(CurrentUser currentUser, ObjectProvider<ShellBranding> branding, PasswordChange passwordChange,
            ObjectProvider<UnreadCount> unreadCount) {
        setPrimarySection(Section.DRAWER);

        var appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        var drawerHeader = new Div(appName);
        drawerHeader.addClassName("drawer-header");
        var statement = new Anchor(AccessibilityStatementView.ROUTE, getTranslation("a11y.link"));
        statement.setId("accessibility-link");
        var drawerFooter = new com.vaadin.flow.component.html.Footer(statement);
        drawerFooter.addClassName("drawer-footer");
        addToDrawer(drawerHeader, navigation(), drawerFooter);

        var title = new Span(branding.getIfAvailable(() -> () -> getTranslation("app.name")).schoolName());
        title.addClassName("shell-title");
        var userMenu = new MenuBar();
        userMenu.setId("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var user = currentUser.require();
        var account = userMenu.addItem(new Span(new Icon(VaadinIcon.USER), new Span(user.fullName())));
        account.getSubMenu().addItem(getTranslation("shell.password"),
                click -> getUI().ifPresent(ui -> ui.navigate(LoginRoutes.PASSWORD)));
        boolean english = "en".equals(getLocale().getLanguage());
        account.getSubMenu().addItem(getTranslation("shell.language.switch"), click -> {
            passwordChange.rememberLanguage(english ? "nl" : "en");
            getUI().ifPresent(ui -> {
                ui.setLocale(english ? Translations.DUTCH : Translations.ENGLISH);
                ui.getPage().reload();
            });
        });
        account.getSubMenu().addItem(getTranslation("shell.logout"), click -> currentUser.logout());

        var header = new Div(new DrawerToggle(), title);
        unreadCount.ifAvailable(count -> {
            this.unread = count;
            header.add(unreadBadge);
        });
        header.add(userMenu);
        header.addClassName("shell-header");
        unreadBadge.addClassName("unread-badge");
        addToNavbar(header);
    }

    /** The bell with the number of unread notifications, counted again after every navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var count = unread;
        if (count == null) {
            return;
        }
        long number = count.unreadCount();
        unreadBadge.removeAll();
        unreadBadge.setHref(count.inboxRoute());
        unreadBadge.setId("unread-badge");
        unreadBadge.add(new Icon(VaadinIcon.BELL));
        if (number > 0) {
            var badge = new Span(String.valueOf(number));
            badge.getElement().getThemeList().add("badge error pill small primary");
            unreadBadge.add(badge);
        }
        unreadBadge.getElement().setAttribute("aria-label", getTranslation("inbox.badge", number));
        unreadBadge.getElement().setAttribute("title", getTranslation("inbox.badge", number));
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId(NAVIGATION_ID);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
