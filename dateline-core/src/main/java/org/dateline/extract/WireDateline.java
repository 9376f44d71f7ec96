package org.dateline.extract;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a wire story: where it was written, often the day, and the agency ("NEW YORK, Dec. 11 (UPI)
 * —", "SEOUL/WASHINGTON (Reuters) -", "RIVERTON, Ohio — ", "Dec 29 (Reuters) - "). One reading for the extractor,
 * which splits it off the lead, and for the document dater, which reads its day where a text comes unextracted.
 *
 * @param named  the place with the date that follows it, before the agency or the dash: "NEW YORK, Dec. 11"; the date
 *               alone where the place is left out
 * @param agency the agency in brackets, or null
 * @param day    the month and day it names, or null
 * @param year   the year it names, or null
 * @param end    where the story proper begins, after the dash
 */
public record WireDateline(String named, String agency, MonthDay day, Integer year, int end) {

    private static final String MONTH = "((?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\\.?";
    /** "Dec. 11", "March 21, 2013", "11 December 2013", "DEC 5". */
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:" + MONTH + "\\s+([0-9]{1,2})|([0-9]{1,2})\\s+" + MONTH + ")(?:,?\\s+([0-9]{4}))?\\b");
    private static final String AGENCY = "\\((\\p{Lu}[\\p{L}&.\\- ]{1,30})\\)";
    /** "SEOUL/WASHINGTON (Reuters) -", "WASHINGTON, June 5 (Reuters) —", "Beijing, March 3 (IANS)". */
    private static final Pattern PLACE_AGENCY = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’ /-]{1,50}?)(,\\s*[\\p{L}\\d ,.]{1,30}?)?\\s*" + AGENCY + "\\s*([-–—:]+\\s*)?");
    /** "PORT ELWOOD — A fire ...", "RIVERTON, Ohio - ...": an upper-case place and a dash. */
    private static final Pattern UPPER_PLACE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’ /-]{1,50}?)(?:,\\s*[\\p{L}\\d ,.]{1,30}?)?\\s+[-–—]{1,2}\\s+");
    /**
     * A place in any case with its date and a dash ("Cambridge, Mass., Dec. 11 --"), or the date alone with the
     * agency and a dash ("Dec 29 (Reuters) - ").
     */
    private static final Pattern DATED = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’/ -]{1,50}?(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{0,30}?)*,\\s*)?(" + DATE.pattern() + ")\\s*(?:"
            + AGENCY + "\\s*)?[-–—:]+\\s*");
    private static final int DATED_DATE = 1;
    private static final int DATED_AGENCY = 7;

    /** The dateline the paragraph opens with, if it opens with one and goes on after it. */
    public static Optional<WireDateline> opening(String paragraph) {
        Matcher agency = PLACE_AGENCY.matcher(paragraph);
        // Without a date or a dash, "Name (Party) said" is not a dateline.
        if (agency.lookingAt() && (agency.group(2) != null || agency.group(4) != null)) {
            return of(paragraph, agency.start(3), agency.group(3), agency.end());
        }
        Matcher dated = DATED.matcher(paragraph);
        if (dated.lookingAt() && (dated.group(DATED_AGENCY) != null || dated.start(DATED_DATE) > 0)) {
            int named = dated.group(DATED_AGENCY) != null ? dated.start(DATED_AGENCY) : dated.end(DATED_DATE);
            return of(paragraph, named, dated.group(DATED_AGENCY), dated.end());
        }
        Matcher place = UPPER_PLACE.matcher(paragraph);
        return place.lookingAt() ? of(paragraph, place.end(), null, place.end()) : Optional.empty();
    }

    /** A dateline already split off a story ("NEW YORK, Dec. 11"), with the day it names. */
    public static WireDateline named(String named) {
        return withDay(named.strip(), null, named.length());
    }

    private static Optional<WireDateline> of(String paragraph, int namedEnd, String agency, int end) {
        if (paragraph.substring(end).isBlank()) return Optional.empty();
        String named = paragraph.substring(0, namedEnd).replaceFirst("[\\s(\u2013\u2014:-]+$", "").strip();
        return Optional.of(withDay(named, agency == null ? null : agency.strip(), end));
    }

    private static WireDateline withDay(String named, String agency, int end) {
        Matcher date = DATE.matcher(named);
        if (!date.find()) return new WireDateline(named, agency, null, null, end);
        String month = date.group(1) != null ? date.group(1) : date.group(4);
        String day = date.group(2) != null ? date.group(2) : date.group(3);
        Integer year = date.group(5) == null ? null : Integer.valueOf(date.group(5));
        try {
            // The pattern's month names differ in their first three letters, which the parser's table holds.
            int number = DateParser.monthNumber(month.substring(0, 3));
            return new WireDateline(named, agency, MonthDay.of(number, Integer.parseInt(day)), year, end);
        } catch (DateTimeException noSuchDay) {
            return new WireDateline(named, agency, null, null, end);
        }
    }

}
