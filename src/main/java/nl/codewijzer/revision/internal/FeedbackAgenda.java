package nl.codewijzer.revision.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.codewijzer.revision.FeedbackKind;
import nl.codewijzer.revision.FeedbackStatus;
import nl.codewijzer.teamday.ItemText;
import nl.codewijzer.teamday.MeetingPlanning;
import org.springframework.stereotype.Component;

/**
 * Puts new feedback on a team day's agenda: one extra topic per article, whose discussion points are
 * the counts per kind and the staff's own words (within the agenda's limits), and marks that feedback
 * "op de agenda" of that meeting. Callers check who may do this.
 */
@Component
public class FeedbackAgenda {

    /** Own words per topic; the agenda allows 12 points, one holds the counts and one says how many more. */
    static final int TEXTS_PER_TOPIC = 10;
    /** Each point's length on the agenda (the full text stays under Herziening). */
    static final int POINT_LENGTH = 600;

    private final FeedbackRepository feedback;
    private final MeetingPlanning planning;

    FeedbackAgenda(FeedbackRepository feedback, MeetingPlanning planning) {
        this.feedback = feedback;
        this.planning = planning;
    }

    /**
     * Adds a topic per article with new feedback on {@code codeId} (only {@code onlyArticle}, if given)
     * to the meeting, in the order of {@code articleOrder} (lapsed articles last).
     *
     * @param text   the Dutch texts: (key, args) to text
     * @return the number of topics added
     */
    public int addTopics(long codeId, long meetingId, List<String> articleOrder, @org.jspecify.annotations.Nullable String onlyArticle,
            BiFunction<String, Object[], String> text, Instant at, String byName) {
        var byArticle = new LinkedHashMap<String, List<Feedback>>();
        articleOrder.forEach(article -> byArticle.put(article, new ArrayList<>()));
        for (var entry : feedback.ofCode(codeId, FeedbackStatus.NIEUW)) {
            if (onlyArticle == null || onlyArticle.equals(entry.article())) {
                byArticle.computeIfAbsent(entry.article(), article -> new ArrayList<>()).add(entry);
            }
        }
        int topics = 0;
        for (var article : byArticle.entrySet()) {
            var entries = article.getValue();
            if (entries.isEmpty()) {
                continue;
            }
            boolean lapsed = !articleOrder.contains(article.getKey());
            var title = cut(text.apply(lapsed ? "feedback.topic.lapsed" : "feedback.topic", new Object[] {article.getKey()}),
                    MeetingPlanning.MAX_ITEM_TITLE);
            planning.addTopic(meetingId, new ItemText(title, points(entries, text), List.of()));
            for (var entry : entries) {
                entry.handle(FeedbackStatus.OP_AGENDA, meetingId, at, byName);
            }
            feedback.saveAll(entries);
            topics++;
        }
        feedback.flush();
        return topics;
    }

    private static List<String> points(List<Feedback> entries, BiFunction<String, Object[], String> text) {
        Map<FeedbackKind, Long> counts = new EnumMap<>(FeedbackKind.class);
        entries.forEach(entry -> counts.merge(entry.kind(), 1L, Long::sum));
        var summary = new ArrayList<String>();
        counts.forEach((kind, count) -> summary.add(count + "× " + text.apply(kind.labelKey(), new Object[0])));
        var points = new ArrayList<String>();
        points.add(String.join(", ", summary));
        var texts = entries.stream().map(Feedback::body).filter(body -> body != null && !body.isBlank()).toList();
        texts.stream().limit(TEXTS_PER_TOPIC).forEach(body -> points.add(cut("“" + body.strip() + "”", POINT_LENGTH)));
        if (texts.size() > TEXTS_PER_TOPIC) {
            points.add(text.apply("feedback.topic.more", new Object[] {texts.size() - TEXTS_PER_TOPIC}));
        }
        return points;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
