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
 * ask again each time ({@code no-cache}), which costs a 304, so switching the page off takes effect at
 * once (within a second on another app server). See docs/decisions/0035-public-page-for-parents.md. Not switched on: 404 with a Dutch explanation; switched off: 410 "niet (meer) openbaar".
 */
@Controller
class PublicPageController {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Translations.DUTCH);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private record Rendered(String key, String etag, byte[] body) {
    }

    /** The page's state as read at {@code readAt} (System.nanoTime); empty: no page at that address. */
    private record Read(java.util.Optional<PublicReading.PageState> page, long readAt) {
    }

    /**
     * How long one reading of the page's state serves other readers. Without it every reader waits for
     * a database connection (200 readers, 10 connections); a switch on this server clears it at once
     * ({@link #switched}), another server follows within this time.
     */
    private static final long STATE_NANOS = 1_000_000_000L;

    private final PublicReading reading;
    private final SafeMarkdown markdown;
    private final PublicAddress address;
    private final Translations translations;
    private final AtomicReference<@Nullable Rendered> cache = new AtomicReference<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Read> states = new java.util.concurrent.ConcurrentHashMap<>();

    PublicPageController(PublicReading reading, SafeMarkdown markdown, PublicAddress address, Translations translations) {
        this.reading = reading;
        this.markdown = markdown;
        this.address = address;
        this.translations = translations;
    }

    @GetMapping("/code/{slug}")
    ResponseEntity<byte[]> page(@PathVariable String slug, HttpServletRequest request) {
        long started = System.nanoTime();
        var read = states.get(slug);
        if (read == null || started - read.readAt() > STATE_NANOS) {
            read = new Read(reading.page(slug), System.nanoTime());
            if (read.page().isPresent() || states.size() < 100) { // unknown addresses do not grow the map without end
                states.put(slug, read);
            }
        }
        var page = read.page().orElse(null);
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
        // Server-Timing: what the server spent on this answer, for the benchmark and a browser's dev tools
        var timing = String.format(java.util.Locale.ROOT, "page;dur=%.2f", (System.nanoTime() - started) / 1e6);
        if (rendered.etag().equals(request.getHeader("If-None-Match"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag()).header("Server-Timing", timing)
                    .build();
        }
        return ResponseEntity.ok().contentType(HTML).eTag(rendered.etag()).cacheControl(CacheControl.noCache().cachePublic())
                .header("Server-Timing", timing).body(rendered.body());
    }

    /** The schoolleiding switched the page on or off here: the next reader reads the state again. */
    @org.springframework.transaction.event.TransactionalEventListener
    void switched(nl.codewijzer.publication.PublicPageSwitched event) {
        states.clear();
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
