package nl.codewijzer.publication.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.QrCode;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.publication.PublicCode;
import nl.codewijzer.publication.PublicPages;
import nl.codewijzer.publication.PublicReading;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /code/{slug}}: the adopted code for parents, as one plain HTML page (no Vaadin UI, no
 * session, no script), printable, with a QR code of its own address. The rendered page is kept in
 * memory until the page's content changes, and carries an ETag: browsers and proxies may keep it but
 * ask again each time ({@code no-cache}), which costs one small query and a 304, so switching the page
 * off takes effect at once. Not switched on: 404 with a Dutch explanation; switched off: 410 "niet (meer) openbaar".
 */
@Controller
class PublicPageController {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Translations.DUTCH);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private record Rendered(String key, String etag, byte[] body) {
    }

    private final PublicReading reading;
    private final SafeMarkdown markdown;
    private final PublicAddress address;
    private final Translations translations;
    private final AtomicReference<@Nullable Rendered> cache = new AtomicReference<>();

    PublicPageController(PublicReading reading, SafeMarkdown markdown, PublicAddress address, Translations translations) {
        this.reading = reading;
        this.markdown = markdown;
        this.address = address;
        this.translations = translations;
    }

    @GetMapping("/code/{slug}")
    ResponseEntity<byte[]> page(@PathVariable String slug, HttpServletRequest request) {
        var page = reading.page(slug).orElse(null);
        if (page == null) {
            return message(HttpStatus.NOT_FOUND, "publication.public.unknown");
        }
        if (!page.enabled()) {
            return message(HttpStatus.GONE, "publication.public.off");
        }
        var url = address.link(PublicPages.PATH + slug);
        var key = slug + "|" + page.version() + "|" + url;
        var rendered = cache.get();
        if (rendered == null || !rendered.key().equals(key)) {
            var body = render(page.schoolName(), url).getBytes(StandardCharsets.UTF_8);
            rendered = new Rendered(key, "\"" + Integer.toHexString(key.hashCode()) + "-" + body.length + "\"", body);
            cache.set(rendered);
        }
        var ok = ResponseEntity.ok().contentType(HTML).eTag(rendered.etag())
                .cacheControl(CacheControl.noCache().cachePublic());
        if (rendered.etag().equals(request.getHeader("If-None-Match"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag()).build();
        }
        return ok.body(rendered.body());
    }

    private String render(String school, String url) {
        var html = new StringBuilder(head(school, dutch("publication.public.title", school)));
        html.append("<header><p class=\"school\">").append(escape(school)).append("</p><p>")
                .append(escape(dutch("publication.public.lead"))).append("</p></header><main>");
        for (PublicCode code : reading.codes()) {
            html.append("<article><dl class=\"record\">")
                    .append(term("publication.public.version", String.valueOf(code.versionNumber())))
                    .append(term("publication.public.adopted", DUTCH_DATE.format(code.adoptedOn())));
            var consentOn = code.consentOn();
            if (consentOn != null) {
                html.append(term("publication.public.consent", DUTCH_DATE.format(consentOn)));
            }
            html.append("<dt>SHA-256</dt><dd><code>").append(code.sha256()).append("</code></dd></dl>")
                    .append("<div class=\"text\">").append(markdown.toHtml(code.markdown())).append("</div></article>");
        }
        html.append("<aside class=\"share\"><div class=\"qr\">")
                .append(QrCode.svg(url, dutch("publication.public.qr", url)))
                .append("</div><p>").append(escape(dutch("publication.public.address"))).append(" <a href=\"")
                .append(escape(url)).append("\">").append(escape(url)).append("</a></p><p class=\"hint\">")
                .append(escape(dutch("publication.public.print"))).append("</p></aside></main></body></html>");
        return html.toString();
    }

    private ResponseEntity<byte[]> message(HttpStatus status, String key) {
        var text = dutch(key);
        var body = head("Codewijzer", text) + "<main><h1>" + escape(text) + "</h1><p>"
                + escape(dutch("publication.public.ask-school")) + "</p></main></body></html>";
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noCache())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String head(String school, String title) {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>";
    }

    private String term(String key, String value) {
        return "<dt>" + escape(dutch(key)) + "</dt><dd>" + escape(value) + "</dd>";
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;"
            + "background:#fff;margin:0 auto;max-width:46rem;padding:1rem}"
            + "header .school{font-weight:600;color:#333;margin:0}a{color:#0b4f9c}"
            + ".record{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;background:#f3f5f7;"
            + "padding:.75rem 1rem;border-radius:.5rem}.record dt{font-weight:600}.record dd{margin:0;overflow-wrap:anywhere}"
            + "table{border-collapse:collapse}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left}"
            + ".share{display:flex;gap:1rem;align-items:center;border-top:1px solid #ccc;margin-top:2rem;padding-top:1rem}"
            + ".qr svg{width:8rem;height:8rem}.hint{color:#444}"
            + "@media print{.hint{display:none}body{max-width:none}a{color:#000}}";
}
