package org.dateline.model;

import java.util.List;

/**
 * Stories about one subject across months, told as a timeline.
 *
 * @param undatedArticleIds articles that could be placed on no date at all
 */
public record Storyline(String id, String title, List<String> articleIds, List<TimelineEvent> events,
                        List<String> undatedArticleIds) {
    public Storyline {
        articleIds = List.copyOf(articleIds);
        events = List.copyOf(events);
        undatedArticleIds = List.copyOf(undatedArticleIds);
    }
}
