package org.dateline.time;

/**
 * When what an article reports happened (not when it was published).
 *
 * @param value     a TIMEX3 date value ("2018-09-10", "2019-02", "2019"), or null when nothing dates it
 * @param estimated whether the value comes from an estimated publication date rather than a stated one
 * @param evidence  why: the expression used, or the publication date and its source
 */
public record EventDate(String value, boolean estimated, String evidence) {

    static final EventDate UNKNOWN = new EventDate(null, true, "no date in the text and no publication date");

    public boolean known() {
        return value != null;
    }
}
