package nl.codewijzer.teamday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.codewijzer.base.Translations;
import org.junit.jupiter.api.Test;

/** The sums behind the richer polls: a scale's median, a ranking's Borda count, an open poll's words. */
class PollMathsTest {

    private static final Translations TRANSLATIONS = new Translations();

    /** The median as the screens and the minutes say it in Dutch. */
    private static String dutch(ScaleResult scale) {
        return MedianText.of((key, args) -> TRANSLATIONS.getTranslation(key, Translations.DUTCH, args), scale,
                ScaleResult.LABELS);
    }

    @Test
    void aScalesPointsAndAStatementsAnswersAreStoredInDutchAndShownInTheReadersLanguage() {
        MedianText.Words dutch = (key, args) -> TRANSLATIONS.getTranslation(key, Translations.DUTCH, args);
        MedianText.Words english = (key, args) -> TRANSLATIONS.getTranslation(key, Translations.ENGLISH, args);
        // what the Dutch bundle says is what every stored poll holds, so Dutch screens show history unchanged
        assertThat(StandardAnswers.shown(dutch, PollKind.SCHAAL, ScaleResult.LABELS)).isEqualTo(ScaleResult.LABELS);
        assertThat(StandardAnswers.shown(dutch, PollKind.STELLING, StandardAnswers.STATEMENT))
                .isEqualTo(StandardAnswers.STATEMENT);
        assertThat(StandardAnswers.shown(english, PollKind.SCHAAL, ScaleResult.LABELS))
                .containsExactly("strongly disagree", "disagree", "neutral", "agree", "strongly agree");
        assertThat(StandardAnswers.shown(english, PollKind.STELLING, StandardAnswers.STATEMENT))
                .containsExactly("Agree", "Disagree", "Don't know");
        // a word that is not the Dutch one for its place, and the answers a facilitator typed, are shown as stored
        assertThat(StandardAnswers.shown(english, PollKind.SCHAAL, 1, "eens")).isEqualTo("eens");
        assertThat(StandardAnswers.shown(english, PollKind.MEERKEUZE, List.of("Eens", "Alleen de schoolapp")))
                .containsExactly("Eens", "Alleen de schoolapp");
    }

    @Test
    void medianOfAnOddNumberOfVotesIsTheMiddleVote() {
        // 1, 2, 2, 4, 5 -> 2
        var scale = new ScaleResult(List.of(1, 2, 0, 1, 1));
        assertThat(scale.voters()).isEqualTo(5);
        assertThat(scale.median()).contains(2.0);
        assertThat(dutch(scale)).isEqualTo("2 (oneens)");
    }

    @Test
    void medianOfAnEvenNumberOfVotesLiesBetweenTheTwoMiddleVotes() {
        // 3, 3, 4, 4, 4, 5 -> between 4 and 4 = 4; 3, 4 -> 3.5
        assertThat(new ScaleResult(List.of(0, 0, 2, 3, 1)).median()).contains(4.0);
        var split = new ScaleResult(List.of(0, 0, 1, 1, 0));
        assertThat(split.median()).contains(3.5);
        assertThat(dutch(split)).isEqualTo("3,5 (tussen neutraal en eens)");
        // in English the points too: the poll stores them in Dutch, the bundle names them (StandardAnswers)
        MedianText.Words english = (key, args) -> TRANSLATIONS.getTranslation(key, Translations.ENGLISH, args);
        assertThat(MedianText.of(english, split, StandardAnswers.shown(english, PollKind.SCHAAL, ScaleResult.LABELS)))
                .isEqualTo("3.5 (between neutral and agree)");
        // the extremes only: 1 and 5 -> 3
        assertThat(new ScaleResult(List.of(2, 0, 0, 0, 2)).median()).contains(3.0);
    }

    @Test
    void aScaleWithoutVotesHasNoMedian() {
        var empty = new ScaleResult(List.of(0, 0, 0, 0, 0));
        assertThat(empty.median()).isEmpty();
        assertThat(dutch(empty)).isEqualTo("geen stemmen");
    }

    @Test
    void bordaGivesTheFirstChoiceMostPoints() {
        // three options A(0), B(1), C(2); points 2, 1, 0
        var ranking = BordaRanking.count(3, List.of(List.of(0, 1, 2), List.of(1, 0, 2), List.of(1, 2, 0)));
        // A: 2 + 1 + 0 = 3; B: 1 + 2 + 2 = 5; C: 0 + 0 + 1 = 1
        assertThat(ranking.places()).containsExactly(new BordaRanking.Place(1, 5), new BordaRanking.Place(0, 3),
                new BordaRanking.Place(2, 1));
        assertThat(ranking.maxPoints()).isEqualTo(5);
    }

    @Test
    void bordaBeatsAPluralityWinnerWhomTheOthersRankLast() {
        // A is first for three of seven (the most), but last for the other four; B is never last
        var ballots = List.of(List.of(0, 1, 2), List.of(0, 1, 2), List.of(0, 1, 2), List.of(1, 2, 0),
                List.of(1, 2, 0), List.of(2, 1, 0), List.of(2, 1, 0));
        var ranking = BordaRanking.count(3, ballots);
        // A: 3 x 2 = 6; B: 3 x 1 + 2 x 2 + 2 x 1 = 9; C: 2 x 1 + 2 x 2 = 6
        assertThat(ranking.places()).containsExactly(new BordaRanking.Place(1, 9), new BordaRanking.Place(0, 6),
                new BordaRanking.Place(2, 6));
    }

    @Test
    void equalPointsKeepTheOptionsOrderAndAPartialBallotCountsWhatItRanks() {
        var ranking = BordaRanking.count(3, List.of(List.of(2), List.of(1)));
        assertThat(ranking.places()).containsExactly(new BordaRanking.Place(1, 2), new BordaRanking.Place(2, 2),
                new BordaRanking.Place(0, 0));
    }

    @Test
    void bordaRefusesOneOptionAndBadBallots() {
        assertThatThrownBy(() -> BordaRanking.count(1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(BordaRanking.valid(3, List.of(0, 0))).isFalse();
        assertThat(BordaRanking.valid(3, List.of(3))).isFalse();
        assertThat(BordaRanking.valid(3, List.of())).isFalse();
        assertThat(BordaRanking.valid(3, List.of(2, 0, 1))).isTrue();
    }

    @Test
    void wordCloudLeavesOutDutchStopWordsAndIgnoresCase() {
        var cloud = WordCloud.of(List.of(
                "Niet appen in het weekend",
                "In het weekend is de telefoon uit",
                "Appen alleen via de klassengroep, niet privé",
                "Weekend is voor het gezin"));
        assertThat(cloud.words()).startsWith(new WordCloud.Word("weekend", 3), new WordCloud.Word("appen", 2));
        assertThat(cloud.words()).extracting(WordCloud.Word::text)
                .doesNotContain("het", "de", "in", "niet", "is", "voor")
                .contains("telefoon", "klassengroep", "privé", "gezin");
    }

    @Test
    void aWordCountsOncePerAnswer() {
        var cloud = WordCloud.of(List.of("weekend weekend WEEKEND", "schoolmail"));
        assertThat(cloud.words()).containsExactly(new WordCloud.Word("schoolmail", 1),
                new WordCloud.Word("weekend", 1));
    }

    @Test
    void hyphensAndApostrophesInsideAWordKeepItWhole() {
        assertThat(WordCloud.words("De whatsapp-groep na 20:00 uur, 's avonds geen auto's - nooit"))
                .containsExactly("whatsapp-groep", "uur", "avonds", "auto's", "nooit")
                .doesNotContain("20");
    }

    @Test
    void theCloudShowsAtMostTheLimitMostFrequentFirst() {
        var cloud = WordCloud.of(List.of("alfa beta gamma", "beta gamma", "gamma"), 2);
        assertThat(cloud.words()).containsExactly(new WordCloud.Word("gamma", 3), new WordCloud.Word("beta", 2));
        assertThat(cloud.maxCount()).isEqualTo(3);
        assertThat(WordCloud.of(List.of()).words()).isEmpty();
    }

    @Test
    void punctuationAroundAWordAndCapitalsDoNotMakeItAnotherWord() {
        var cloud = WordCloud.of(List.of("Ouders!!!", "(ouders), \u201cOUDERS\u201d?", "ouders… en leerlingen.",
                "Leerlingen; ouders: mentor!"));
        assertThat(cloud.words()).containsExactly(new WordCloud.Word("ouders", 4), new WordCloud.Word("leerlingen", 2),
                new WordCloud.Word("mentor", 1));
        assertThat(WordCloud.words("Één ÉÉN één. Privé-bericht!")).as("Dutch lower case, accents kept")
                .containsExactly("één", "één", "één", "privé-bericht");
    }

    @Test
    void theStopWordsAreLucenesSnowballListForDutchAndAFewMore() {
        assertThat(WordCloud.STOP_WORDS).contains("de", "het", "een", "en", "van", "niet", "zijn", "omdat", "reeds",
                "wezen").containsAll(WordCloud.MORE_STOP_WORDS).hasSize(101 + WordCloud.MORE_STOP_WORDS.size());
        assertThat(WordCloud.words("Wij vinden dat het gewoon wel goed gaat met de ouders"))
                .containsExactly("vinden", "goed", "gaat", "ouders");
    }
}
