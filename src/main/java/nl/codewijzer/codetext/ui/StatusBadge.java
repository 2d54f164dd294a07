package nl.codewijzer.codetext.ui;

import com.vaadin.flow.component.html.Span;
import nl.codewijzer.codetext.VersionStatus;

/** A coloured label for a version's status. */
final class StatusBadge extends Span {

    StatusBadge(VersionStatus status) {
        setText(getTranslation(status.labelKey()));
        var theme = switch (status) {
            case VASTGESTELD -> "badge success";
            case CONCEPT -> "badge";
            case TER_INSTEMMING, INGESTEMD -> "badge contrast";
            case NIET_INGESTEMD, INGETROKKEN -> "badge error";
            case VERVANGEN -> "badge contrast pill";
        };
        getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        addClassName("status-" + status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
