package nl.codewijzer.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import nl.codewijzer.base.InvalidInput;

/**
 * A link that downloads a document made on the click (a sealed PDF, a CSV). When the service refuses
 * (the time-stamping authority does not answer, so nothing is sealed at a lower level), the person who
 * clicked is told why on the page, rather than getting only a failed download.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * @param shownOn the view that shows the refusal
     * @param content makes the file; may throw {@link InvalidInput}
     */
    public static Anchor link(Component shownOn, String fileName, String type, Supplier<byte[]> content) {
        return new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] bytes;
            try {
                bytes = content.get();
            } catch (InvalidInput refused) {
                request.getUI().access(() -> new FieldErrors().show(refused, shownOn));
                return DownloadResponse.error(503, refused.getMessage());
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
    }
}
