package org.dateline.model;

/**
 * A temporal expression with its TIMEX3 type and normalised value.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2019-02", "2018-W36", "P4D", "XXXX-WXX-7", "PAST_REF"), resolved against
 *              the article's date where the expression is relative
 */
public record Timex(String text, TimexType type, String value, int start, int end) {
}
