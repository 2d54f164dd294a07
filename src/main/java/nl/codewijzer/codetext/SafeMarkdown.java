package nl.codewijzer.codetext;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The one Markdown renderer of Codewijzer: editor preview, read view and PDF input all use it, so
 * what the MR reads is what gets signed.
 *
 * <p>Authors write the code text, so it is untrusted input. Three layers keep it harmless:
 * <ol>
 *   <li>Flexmark escapes every piece of raw HTML, block and inline ({@code ESCAPE_HTML}): it shows
 *       as text.</li>
 *   <li>Before rendering, links, reference links, autolinks and images whose address is not
 *       http, https or mailto (or relative) lose their link and keep only their text. The address
 *       is judged after decoding entities and percent escapes and removing whitespace and control
 *       characters, so {@code JaVaScRiPt:}, {@code java&#x09;script:} and {@code %6Aavascript:}
 *       are caught as well.</li>
 *   <li>The HTML then passes an OWASP allow-list policy: only text structure, tables and links
 *       with http, https or mailto addresses; no images, no styles, no event handlers.</li>
 * </ol>
 * Images are never shown: an image becomes a link to its address with the alt text as label (or
 * just the alt text when that address is not allowed). Headings get an {@code id} made of
 * {@code [a-z0-9-]} (see {@link #outline(String)}).
 *
 * <p>Thread-safe: parser, renderer and policy are built once and shared.
 *
 * <p>Just over 400 lines, with a reason: the parser, the sanitising policy and the renderers must
 * agree on every element, so they are configured side by side here.
 */
@Component
public class SafeMarkdown {

    /**
     * One heading of the code text, for the section outline.
     *
     * @param level  1 to 6
     * @param text   the heading's plain text
     * @param anchor the heading's {@code id} in {@link #toHtml(String)}, for a link to {@code #anchor}
     */
    public record Heading(int level, String text, String anchor) {
    }

    private static final Pattern ANCHOR = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final int MAX_ANCHOR_LENGTH = 80;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del",
                    "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("id").matching(ANCHOR).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowElements(SafeMarkdown::linkWithSafeRels, "a")
            .toFactory();

    private final Parser parser;
    private final HtmlRenderer renderer;

    public SafeMarkdown() {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                // Belt and braces: Flexmark's own filter, case-insensitive, for what our AST pass misses.
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?is)[\\s\\x00-\\x1f]*(javascript|vbscript|data|file):.*")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "")
                .toImmutable();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(dataHolder -> new ImagesAsLinks())
                .htmlIdGeneratorFactory(new HeadingAnchorsFactory())
                .build();
    }

    /**
     * Renders Markdown to sanitised HTML, safe for a Vaadin {@code Html} component and the PDF.
     * The result is a sequence of block elements (or empty); {@code Html} wants one root, so wrap
     * it: {@code new Html("<div>" + safeMarkdown.toHtml(text) + "</div>")}.
     */
    public String toHtml(String markdown) {
        Document document = parser.parse(markdown);
        unlinkUnsafeAddresses(document);
        return POLICY.sanitize(renderer.render(document));
    }

    /** The headings in document order, with the same anchors as the ids in {@link #toHtml(String)}. */
    public List<Heading> outline(String markdown) {
        Document document = parser.parse(markdown);
        HeadingAnchors anchors = new HeadingAnchors();
        anchors.generateIds(document);
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                // generateIds gave every heading an id
                headings.add(new Heading(heading.getLevel(), plainText(heading),
                        java.util.Objects.requireNonNullElse(anchors.getId(heading), "")));
            }
        }
        return List.copyOf(headings);
    }

    /**
     * Whether a link address may stay a link: http, https, mailto, or no scheme at all (relative
     * or {@code #anchor}). Judged the way a browser would read it, and stricter: entities and
     * percent escapes decoded (repeatedly), whitespace and control characters removed, case ignored.
     */
    static boolean isAllowedAddress(String address) {
        String normalised = address;
        for (int round = 0; round < 3; round++) {
            String decoded = stripInvisible(percentDecode(org.jsoup.parser.Parser.unescapeEntities(normalised, true)));
            if (decoded.equals(normalised)) {
                break;
            }
            normalised = decoded;
        }
        normalised = stripInvisible(normalised).toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(normalised);
        return !scheme.find() || ALLOWED_SCHEMES.contains(scheme.group(1));
    }

    /** Makes a heading's anchor: "Één keer per week (ĳs)" becomes "een-keer-per-week-ijs". */
    static String slug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean dashPending = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || codePoint == '\'' || codePoint == '\u2019') {
                continue;
            }
            String ascii = asciiLetters(Character.toLowerCase(codePoint));
            if (ascii.isEmpty()) {
                dashPending = !slug.isEmpty();
                continue;
            }
            if (dashPending) {
                slug.append('-');
                dashPending = false;
            }
            slug.append(ascii);
        }
        String result = slug.length() > MAX_ANCHOR_LENGTH ? slug.substring(0, MAX_ANCHOR_LENGTH) : slug.toString();
        while (result.endsWith("-")) {
            result = result.substring(0, result.length() - 1);
        }
        return result.isEmpty() ? "sectie" : result;
    }

    private static String asciiLetters(int lowerCodePoint) {
        if ((lowerCodePoint >= 'a' && lowerCodePoint <= 'z') || (lowerCodePoint >= '0' && lowerCodePoint <= '9')) {
            return Character.toString(lowerCodePoint);
        }
        // Letters that NFKD does not decompose into ASCII.
        return switch (lowerCodePoint) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> "";
        };
    }

    /** The text a reader sees in a heading; escaped inline HTML is visible text, so it counts. */
    private static String plainText(Node heading) {
        StringBuilder text = new StringBuilder();
        for (Node child : heading.getChildren()) {
            if (child instanceof HtmlInlineBase inlineHtml) {
                text.append(inlineHtml.getChars());
            } else {
                text.append(new TextCollectingVisitor().collectAndGetText(child));
            }
        }
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** Removes what browsers ignore or strip inside a URL: whitespace, control and format characters. */
    private static String stripInvisible(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * Replaces every link and image whose address is not allowed by its text (for an image: its alt
     * text), so no renderer ever sees the address. Images inside a link lose their own link too:
     * a link cannot hold a link.
     */
    private static void unlinkUnsafeAddresses(Document document) {
        List<Node> toUnwrap = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            switch (node) {
                case Link link when !isAllowedAddress(link.getUrl().unescape()) -> toUnwrap.add(link);
                case Image image when isInsideLink(image) || !isAllowedAddress(image.getUrl().unescape()) ->
                        toUnwrap.add(image);
                case LinkRef linkRef when linkRef.isDefined()
                        && !isAllowedAddress(referenceAddress(linkRef.getReferenceNode(document))) -> toUnwrap.add(linkRef);
                case ImageRef imageRef when imageRef.isDefined() && (isInsideLink(imageRef)
                        || !isAllowedAddress(referenceAddress(imageRef.getReferenceNode(document)))) -> toUnwrap.add(imageRef);
                case AutoLink autoLink when !isAllowedAddress(autoLink.getText().unescape()) -> toUnwrap.add(autoLink);
                default -> {
                }
            }
        }
        for (Node node : toUnwrap) {
            if (node instanceof AutoLink autoLink) {
                node.insertBefore(new Text(autoLink.getText()));
            } else {
                Node child = node.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
            }
            node.unlink();
        }
    }

    private static String referenceAddress(@Nullable Reference reference) {
        return reference == null ? "" : reference.getUrl().unescape();
    }

    private static boolean isInsideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link || parent instanceof LinkRef) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every link opens safely: no referrer, no access to our window, no search-engine credit. Links
     * to another address open in a new tab; links to a heading ({@code #anchor}) stay on the page.
     */
    private static @Nullable String linkWithSafeRels(String elementName, List<String> attributes) {
        String href = null;
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("href")) {
                href = attributes.get(i + 1);
            }
        }
        if (href == null) {
            return null; // an <a> without an allowed address: keep its text only
        }
        attributes.clear();
        attributes.add("href");
        attributes.add(href);
        if (!href.startsWith("#")) {
            attributes.add("target");
            attributes.add("_blank");
        }
        attributes.add("rel");
        attributes.add("nofollow noopener noreferrer");
        return elementName;
    }

    /** Renders an (allowed) image as a link to it, labelled with its alt text; never as {@code <img>}. */
    private static final class ImagesAsLinks implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Image.class, this::render),
                    new NodeRenderingHandler<>(ImageRef.class, this::render));
        }

        private void render(Image image, NodeRendererContext context, HtmlWriter html) {
            renderAsLink(image, image.getUrl().unescape(), context, html);
        }

        private void render(ImageRef image, NodeRendererContext context, HtmlWriter html) {
            Reference reference = image.isDefined() ? image.getReferenceNode(context.getDocument()) : null;
            if (reference == null) {
                html.text(image.getChars().unescape());
            } else {
                renderAsLink(image, reference.getUrl().unescape(), context, html);
            }
        }

        private static void renderAsLink(Node image, String address, NodeRendererContext context, HtmlWriter html) {
            if (!isAllowedAddress(address) || isInsideLink(image)) {
                context.renderChildren(image);
                return;
            }
            String url = context.resolveLink(LinkType.LINK, address, null, null).getUrl();
            html.attr("href", url).withAttr().tag("a");
            if (image.hasChildren()) {
                context.renderChildren(image);
            } else {
                html.text(address);
            }
            html.tag("/a");
        }
    }

    private static final class HeadingAnchorsFactory implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new HeadingAnchors();
        }

        @Override
        public HtmlIdGenerator create() {
            return new HeadingAnchors();
        }
    }

    /** Heading ids made of {@code [a-z0-9-]}, unique within one text ("doel", "doel-2"). */
    private static final class HeadingAnchors implements HtmlIdGenerator {
        private final Map<Node, String> anchors = new IdentityHashMap<>();

        @Override
        public void generateIds(Document document) {
            anchors.clear();
            Set<String> used = new HashSet<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                    String base = slug(plainText(heading));
                    String anchor = base;
                    for (int n = 2; !used.add(anchor); n++) {
                        anchor = base + "-" + n;
                    }
                    anchors.put(heading, anchor);
                }
            }
        }

        @Override
        public @Nullable String getId(Node node) {
            return anchors.get(node);
        }

        @Override
        public String getId(CharSequence text) {
            return slug(text.toString());
        }
    }
}
