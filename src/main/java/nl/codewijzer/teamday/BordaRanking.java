package nl.codewijzer.teamday;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * The outcome of a ranking poll by Borda count: with n options, a ballot gives its first choice
 * n - 1 points, its second n - 2, ... and its last 0. Options a ballot leaves out get nothing from
 * it. Ordered by points, most first; equal points keep the options' own order.
 */
public record BordaRanking(List<Place> places) {

    public BordaRanking {
        places = List.copyOf(places);
    }

    /** One option's place: its index among the poll's options and its points. */
    public record Place(int option, int points) {
    }

    /**
     * Counts the ballots. Each ballot lists option indexes, most preferred first; a ballot that
     * names an option twice or an option that does not exist is refused.
     */
    public static BordaRanking count(int optionCount, List<List<Integer>> ballots) {
        if (optionCount < 2) {
            throw new IllegalArgumentException("a ranking needs at least two options");
        }
        var points = new int[optionCount];
        for (var ballot : ballots) {
            if (!valid(optionCount, ballot)) {
                throw new IllegalArgumentException("invalid ballot " + ballot);
            }
            for (int position = 0; position < ballot.size(); position++) {
                points[ballot.get(position)] += optionCount - 1 - position;
            }
        }
        var places = new ArrayList<Place>();
        for (int option = 0; option < optionCount; option++) {
            places.add(new Place(option, points[option]));
        }
        places.sort(Comparator.comparingInt(Place::points).reversed().thenComparingInt(Place::option));
        return new BordaRanking(places);
    }

    /** The ranking from points already counted, one per option in option order (a tally as stored). */
    public static BordaRanking ofPoints(List<Integer> points) {
        var places = new ArrayList<Place>();
        for (int option = 0; option < points.size(); option++) {
            places.add(new Place(option, points.get(option)));
        }
        places.sort(Comparator.comparingInt(Place::points).reversed().thenComparingInt(Place::option));
        return new BordaRanking(places);
    }

    /** Points per option, in option order. */
    public List<Integer> pointsPerOption() {
        var points = new Integer[places.size()];
        places.forEach(place -> points[place.option()] = place.points());
        return List.of(points);
    }

    /** Whether a ballot names only existing options, each at most once, and at least one. */
    public static boolean valid(int optionCount, List<Integer> ballot) {
        return !ballot.isEmpty() && ballot.size() <= optionCount
                && ballot.stream().allMatch(option -> option >= 0 && option < optionCount)
                && new HashSet<>(ballot).size() == ballot.size();
    }

    /** The most points any option has (the longest bar); 0 without ballots. */
    public int maxPoints() {
        return places.isEmpty() ? 0 : places.get(0).points();
    }
}
