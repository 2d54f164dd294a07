package nl.codewijzer.teamday;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a scale poll (1 "helemaal oneens" to 5 "helemaal eens"): how many chose each
 * point and the median point.
 *
 * @param counts votes per point, index 0 is point 1
 */
public record ScaleResult(List<Integer> counts) {

    /** The five points of the scale, in order, as staff see them. */
    public static final List<String> LABELS = List.of("helemaal oneens", "oneens", "neutraal", "eens",
            "helemaal eens");

    public ScaleResult {
        counts = List.copyOf(counts);
        if (counts.stream().anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public int voters() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The median point (1-based), the mean of the two middle votes when the number of votes is even
     * (so 3.5 between "neutraal" and "eens"); empty without votes. The screens and the minutes say it in
     * words with {@link MedianText}.
     */
    public Optional<Double> median() {
        int voters = voters();
        if (voters == 0) {
            return Optional.empty();
        }
        int lower = pointAt((voters - 1) / 2);
        int upper = pointAt(voters / 2);
        return Optional.of((lower + upper) / 2.0);
    }

    /** The point (1-based) of the vote at the given 0-based position when all votes are sorted. */
    private int pointAt(int position) {
        int seen = 0;
        for (int i = 0; i < counts.size(); i++) {
            seen += counts.get(i);
            if (position < seen) {
                return i + 1;
            }
        }
        throw new IllegalStateException("position beyond the votes");
    }
}
