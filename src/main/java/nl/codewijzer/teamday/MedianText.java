package nl.codewijzer.teamday;

import java.util.List;

/**
 * A scale poll's median in the bundle's words ("3,5 (tussen neutraal en eens)", "geen stemmen" without
 * votes), for the screens and the minutes PDF alike. The domain gives the point ({@link ScaleResult#median()});
 * the points are named by the poll's own answers, as its bars name them.
 */
public final class MedianText {

    /** The bundle in one language: a view's {@code getTranslation}, or the PDF's texts for its locale. */
    @FunctionalInterface
    public interface Words {
        String text(String key, Object... args);
    }

    private MedianText() {
    }

    /** The median of {@code scale}, whose points 1 to 5 are named by {@code labels}. */
    public static String of(Words words, ScaleResult scale, List<String> labels) {
        return scale.median().map(median -> {
            int whole = (int) Math.floor(median);
            return median == whole ? words.text("teamday.poll.median.point", whole, labels.get(whole - 1))
                    : words.text("teamday.poll.median.between", whole, labels.get(whole - 1), labels.get(whole));
        }).orElseGet(() -> words.text("teamday.poll.median.none"));
    }
}
