package org.dateline.model;

import java.util.List;

/**
 * One dated event of a storyline's timeline.
 *
 * @param date          ISO-8601 day of the event (or a coarser TIMEX3 date such as "2019-02")
 * @param dateEstimated true when the date comes from an estimate rather than a stated date
 * @param dateEvidence  why the event carries this date
 */
public record TimelineEvent(String date, boolean dateEstimated, List<String> dateEvidence, String storyId,
                            String title, String summary, List<String> articleIds, List<Quote> quotes) {
    public TimelineEvent {
        dateEvidence = List.copyOf(dateEvidence);
        articleIds = List.copyOf(articleIds);
        quotes = List.copyOf(quotes);
    }
}
