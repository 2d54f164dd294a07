package nl.codewijzer.codetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Authors write the code text, and every reader (and the PDF) gets its HTML: none of these
 * attempts may leave a script, a frame, a form, an event handler, a style or a dangerous address
 * in the output. Harmless leftovers shown as text ("&lt;script&gt;") are fine.
 */
class SafeMarkdownXssTest {

    private static final List<String> FORBIDDEN_ELEMENTS = List.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "svg", "math", "form", "input", "button", "textarea", "select", "base", "meta",
            "link", "img", "video", "audio", "source", "details", "marquee", "noscript", "isindex");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("id", "start", "align", "href", "target", "rel");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.\\-]*:");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cntrl}\\p{Cf}]");

    private final SafeMarkdown markdown = new SafeMarkdown();

    static Stream<Arguments> vectors() {
        return Stream.of(
                // Raw HTML elements that run script or load content
                xss("script tag", "<script>alert(1)</script>"),
                xss("script with src, upper case", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>"),
                xss("img onerror", "<img src=x onerror=alert(1)>"),
                xss("img with javascript src", "<img src=\"javascript:alert(1)\">"),
                xss("img with backtick attributes", "<img src=`x` onerror=`alert(1)`>"),
                xss("svg onload", "<svg onload=alert(1)>"),
                xss("svg slash onload", "<svg/onload=alert(1)>"),
                xss("script inside svg", "<svg><script>alert(1)</script></svg>"),
                xss("iframe javascript", "<iframe src=\"javascript:alert(1)\"></iframe>"),
                xss("iframe srcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"),
                xss("frameset and frame", "<frameset><frame src=\"javascript:alert(1)\"></frameset>"),
                xss("object data javascript", "<object data=\"javascript:alert(1)\"></object>"),
                xss("object data base64 html", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
                xss("embed", "<embed src=\"javascript:alert(1)\">"),
                xss("style element with url", "<style>body{background:url(javascript:alert(1))}</style>"),
                xss("math with mglyph mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
                xss("math href", "<math href=\"javascript:alert(1)\">x</math>"),
                xss("details ontoggle", "<details open ontoggle=alert(1)>"),
                xss("div onmouseover", "<div onmouseover=\"alert(1)\">hover</div>"),
                xss("p onclick", "<p onclick=alert(1)>klik</p>"),
                xss("body onload", "<body onload=alert(1)>"),
                xss("input onfocus autofocus", "<input onfocus=alert(1) autofocus>"),
                xss("textarea onfocus", "<textarea autofocus onfocus=alert(1)></textarea>"),
                xss("select onfocus", "<select onfocus=alert(1) autofocus></select>"),
                xss("form action", "<form action=\"javascript:alert(1)\"><button>Go</button></form>"),
                xss("button formaction", "<button formaction=\"javascript:alert(1)\">x</button>"),
                xss("base href", "<base href=\"javascript:alert(1)//\">"),
                xss("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
                xss("link stylesheet", "<link rel=stylesheet href=\"javascript:alert(1)\">"),
                xss("isindex", "<isindex type=image src=1 onerror=alert(1)>"),
                xss("marquee onstart", "<marquee onstart=alert(1)>x</marquee>"),
                xss("video source onerror", "<video><source onerror=alert(1)></video>"),
                xss("audio onerror", "<audio src=x onerror=alert(1)>"),
                xss("table background", "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>"),
                xss("unknown tag with event handler", "<xss onafterscriptexecute=alert(1)><script>1</script>"),
                xss("noscript title break-out", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
                // Raw links and styles
                xss("a href javascript", "<a href=\"javascript:alert(1)\">x</a>"),
                xss("a href entity-encoded", "<a href=\"&#106;avascript:alert(1)\">x</a>"),
                xss("a href with encoded newline", "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>"),
                xss("a href with leading space", "<a href=\" javascript:alert(1)\">x</a>"),
                xss("a with onclick around markdown", "<a href=\"https://ok.nl\" onclick=\"alert(1)\">**vet**</a>"),
                xss("style expression", "<div style=\"width: expression(alert(1))\">x</div>"),
                xss("style url javascript", "<div style=\"background:url(javascript:alert(1))\">x</div>"),
                // Tag soup, comments and entities
                xss("nested script tag", "<scr<script>ipt>alert(1)</script>"),
                xss("double angle bracket", "<<script>script>alert(1)//<</script>"),
                xss("unclosed img tag", "<img src=x onerror=alert(1)"),
                xss("comment before script", "<!-- --><script>alert(1)</script>"),
                xss("cdata", "<![CDATA[<script>alert(1)</script>]]>"),
                xss("named entities", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                xss("numeric entities", "&#60;script&#62;alert(1)&#60;/script&#62;"),
                xss("markdown inside html block", "<div>\n*nadruk* [x](javascript:alert(1))\n</div>"),
                xss("html inside link text", "[<img src=x onerror=alert(1)>](https://ok.nl)"),
                xss("script in code span", "`<script>alert(1)</script>`"),
                xss("script in fenced code", "```html\n<script>alert(1)</script>\n```"),
                xss("script in heading", "# <script>alert(1)</script>"),
                xss("html in table cell", "| a |\n|---|\n| <img src=x onerror=alert(1)> |"),
                xss("iframe in blockquote", "> <iframe src=//evil.example></iframe>"),
                // Markdown links with dangerous or disguised schemes
                xss("markdown javascript link", "[x](javascript:alert(1))"),
                xss("markdown mixed-case javascript", "[x](JaVaScRiPt:alert(1))"),
                xss("markdown upper-case with spaces", "[x](  JAVASCRIPT:alert(1)  )"),
                xss("markdown leading space", "[x]( javascript:alert(1))"),
                xss("markdown newline before address", "[x](\njavascript:alert(1))"),
                xss("markdown encoded tab", "[x](java&#x09;script:alert(1))"),
                xss("markdown encoded space", "[x](&#x20;javascript:alert(1))"),
                xss("markdown decimal entity", "[x](&#106;avascript:alert(1))"),
                xss("markdown hex entity", "[x](&#x6A;avascript:alert(1))"),
                xss("markdown padded entity", "[x](&#0000106avascript:alert(1))"),
                xss("markdown colon entity", "[x](javascript&colon;alert(1))"),
                xss("markdown escaped colon", "[x](javascript\\:alert(1))"),
                xss("markdown percent-encoded letter", "[x](%6Aavascript:alert(1))"),
                xss("markdown percent-encoded colon", "[x](javascript%3Aalert(1))"),
                xss("markdown angle-bracket address", "[x](<javascript:alert(1)>)"),
                xss("markdown entity parentheses", "[x](javascript:alert&#40;1&#41;)"),
                xss("markdown vbscript", "[x](vbscript:msgbox(1))"),
                xss("markdown mixed-case vbscript", "[x](VBScript:msgbox(1))"),
                xss("markdown data html", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
                xss("markdown mixed-case data", "[x](DaTa:text/html,<script>alert(1)</script>)"),
                xss("markdown file", "[x](file:///etc/passwd)"),
                xss("markdown link in list", "- [x](javascript:alert(1))"),
                xss("markdown title breaking out of quotes", "[x](https://ok.nl \"a\\\" onmouseover=\\\"alert(1)\")"),
                xss("markdown address breaking out of quotes", "[x](https://ok.nl\"onmouseover=\"alert(1))"),
                xss("markdown image javascript", "![x](javascript:alert(1))"),
                xss("markdown image svg data", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"),
                xss("markdown image inside link", "[![x](https://ok.nl/a.png)](javascript:alert(1))"),
                xss("reference link javascript", "[x][1]\n\n[1]: javascript:alert(1)"),
                xss("reference link mixed case", "[x][1]\n\n[1]: JavaScript:alert(1) \"titel\""),
                xss("reference image javascript", "![x][1]\n\n[1]: javascript:alert(1)"),
                xss("collapsed reference link", "[x][]\n\n[x]: vbscript:msgbox(1)"),
                xss("autolink javascript", "<javascript:alert(1)>"),
                xss("autolink upper case", "<JAVASCRIPT:alert(1)>"),
                xss("autolink data", "<data:text/html,<script>alert(1)</script>>"),
                xss("autolink file", "<file:///etc/passwd>"));
    }

    private static Arguments xss(String name, String markdownSource) {
        return Arguments.of(name, markdownSource);
    }

    @Test
    void the_corpus_has_at_least_fifty_distinct_vectors() {
        List<String> sources = vectors().map(arguments -> (String) arguments.get()[1]).toList();
        List<String> names = vectors().map(arguments -> (String) arguments.get()[0]).toList();

        assertThat(sources).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(50);
        assertThat(names).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rendered_html_contains_nothing_that_can_run_or_load(String name, String markdownSource) {
        assertHarmless(markdown.toHtml(markdownSource));
    }

    /** A check that never fails proves nothing: these are what it must catch. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<p><script>alert(1)</script></p>",
            "<p onclick=\"alert(1)\">x</p>",
            "<p><img src=\"x\"></p>",
            "<p style=\"color:red\">x</p>",
            "<a href=\"JaVa&#x09;Script:alert(1)\">x</a>",
            "<a href=\" &#1;vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html,x\">x</a>",
            "<h1 class=\"x\">x</h1>"})
    void the_check_rejects_unsafe_html(String unsafeHtml) {
        assertThatThrownBy(() -> assertHarmless(unsafeHtml)).isInstanceOf(AssertionError.class);
    }

    /** The pass before rendering already unlinks these; the sanitiser is the second line. */
    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)",
            "java\tscript:alert(1)", "java&#x09;script:alert(1)", "&#106;avascript:alert(1)",
            "&#x6a;avascript:alert(1)", "%6Aavascript:alert(1)", "%256Aavascript:alert(1)", "java\u200Bscript:alert(1)",
            "javascript&colon;alert(1)", "vbscript:msgbox(1)", "VBSCRIPT:msgbox(1)", "data:text/html,x", "DATA:image/png,x",
            "file:///etc/passwd", "FILE://c:/windows", "ftp://example.org", "tel:0612345678"})
    void other_schemes_than_http_https_and_mailto_lose_their_link(String address) {
        assertThat(SafeMarkdown.isAllowedAddress(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://school.nl", "HTTP://school.nl", "mailto:mr@school.nl", "#doel", "afspraken.md", "../reglement",
            "//cdn.school.nl/x", "https://school.nl/a%20b?x=1#y", "/gedragscode?versie=3"})
    void http_https_mailto_and_relative_addresses_stay_links(String address) {
        assertThat(SafeMarkdown.isAllowedAddress(address)).isTrue();
    }

    private static void assertHarmless(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (String element : FORBIDDEN_ELEMENTS) {
            assertThat(body.getElementsByTag(element)).as("<%s> in %s", element, html).isEmpty();
        }
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String attributeName = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(attributeName).as("attribute in %s", html)
                        .doesNotStartWith("on")
                        .isNotEqualTo("style")
                        .isIn(ALLOWED_ATTRIBUTES);
            }
            for (String urlAttribute : List.of("href", "src")) {
                if (element.hasAttr(urlAttribute)) {
                    assertThat(isSafeAddress(element.attr(urlAttribute)))
                            .as("%s=\"%s\" in %s", urlAttribute, element.attr(urlAttribute), html)
                            .isTrue();
                }
            }
        }
    }

    /** The attribute value as jsoup gives it is already entity-decoded. */
    private static boolean isSafeAddress(String decodedValue) {
        String address = INVISIBLE.matcher(decodedValue.strip()).replaceAll("").toLowerCase(Locale.ROOT);
        return address.startsWith("http:") || address.startsWith("https:") || address.startsWith("mailto:")
                || address.startsWith("#") || !SCHEME.matcher(address).find();
    }
}
