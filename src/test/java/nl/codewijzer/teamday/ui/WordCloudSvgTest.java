package nl.codewijzer.teamday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.codewijzer.teamday.WordCloud;
import org.junit.jupiter.api.Test;

/** The word cloud's drawing: escaped words, larger when more frequent, within its width. */
class WordCloudSvgTest {

    @Test
    void everyWordIsEscapedAndTheAriaTextToo() {
        var cloud = new WordCloud(List.of(new WordCloud.Word("auto's", 2), new WordCloud.Word("<script>", 1)));
        var svg = WordCloudSvg.svg(cloud, "Woorden: \"<b>\" & meer");
        assertThat(svg).contains(">auto's</text>", ">&lt;script&gt;</text>",
                "aria-label=\"Woorden: &quot;&lt;b&gt;&quot; &amp; meer\"").doesNotContain("<script>", "<b>");
    }

    @Test
    void aQuoteInAnOptionCannotAddAnAttributeToThePollBars() {
        var svg = PollBars.svg(List.of("A"), List.of(1), "x\" onmouseover=\"alert(1)");
        assertThat(svg).contains("aria-label=\"x&quot; onmouseover=&quot;alert(1)\"")
                .doesNotContain("onmouseover=\"");
    }

    @Test
    void moreFrequentWordsAreLargerAndComeFirstAndEveryWordFitsTheWidth() {
        var words = new java.util.ArrayList<WordCloud.Word>();
        for (int i = 0; i < WordCloud.MAX_WORDS - 1; i++) {
            words.add(new WordCloud.Word("klassengroepsafspraak" + i, WordCloud.MAX_WORDS - i));
        }
        words.add(new WordCloud.Word("https-www-example-nl-een-heel-lang-woord-zonder-spaties-erin", 1));
        var placed = WordCloudSvg.layout(new WordCloud(words));
        assertThat(placed).hasSize(WordCloud.MAX_WORDS);
        assertThat(placed.getFirst().size()).isGreaterThan(placed.getLast().size());
        assertThat(placed.getFirst().y()).isLessThan(placed.getLast().y());
        for (var word : placed) {
            int half = Math.round(word.text().length() * word.size() * 0.62f) / 2;
            assertThat(word.x() - half).as(word.text()).isGreaterThanOrEqualTo(0);
            assertThat(word.x() + half).as(word.text()).isLessThanOrEqualTo(WordCloudSvg.WIDTH + 1);
        }
        assertThat(WordCloudSvg.words(new WordCloud(words.subList(0, 2))))
                .isEqualTo("klassengroepsafspraak0 (30), klassengroepsafspraak1 (29)");
    }
}
