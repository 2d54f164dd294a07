package nl.codewijzer.base.ui;

import com.vaadin.flow.component.HasElement;

/**
 * A panel that scrolls on its own must be reachable by keyboard, or someone without a mouse cannot
 * read what is below its fold (axe: scrollable-region-focusable). It becomes a named region in the
 * tab order, so the arrow keys scroll it.
 */
public final class ScrollRegions {

    private ScrollRegions() {
    }

    public static <T extends HasElement> T reachable(T panel, String name) {
        panel.getElement().setAttribute("tabindex", "0");
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", name);
        return panel;
    }
}
