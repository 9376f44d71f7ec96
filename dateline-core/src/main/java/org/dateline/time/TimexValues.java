package org.dateline.time;

import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/** The TIMEX3 value grammar (ISO-TimeML) for each type: what a well-formed value looks like. */
public final class TimexValues {
    private TimexValues() {
    }

    private static final String TIME_OF_DAY = "T(?:MO|AF|EV|NI|DT|[0-2X][0-9X](?::[0-5X][0-9X](?::[0-6X][0-9X])?)?Z?)";
    private static final String CALENDAR = "(?:PRESENT_REF|PAST_REF|FUTURE_REF"
            + "|[0-9X]{1,3}"
            + "|[0-9X]{4}(?:-(?:[01X][0-9X](?:-[0-3X][0-9X])?|W[0-5X][0-9X](?:-(?:WE|[1-7]))?|WXX-[1-7]"
            + "|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)";
    private static final String DURATION = "P(?:(?:[0-9]+(?:\\.[0-9]+)?|X)(?:Y|M|W|D|DE|CE|Q|H|WE))+"
            + "(?:T(?:(?:[0-9]+(?:\\.[0-9]+)?|X)[HMS])+)?|PT(?:(?:[0-9]+(?:\\.[0-9]+)?|X)[HMS])+";

    private static final Pattern DATE_VALUE = Pattern.compile(CALENDAR);
    private static final Pattern TIME_VALUE = Pattern.compile("(?:" + CALENDAR + ")?" + TIME_OF_DAY);
    private static final Pattern DURATION_VALUE = Pattern.compile(DURATION);
    private static final Pattern SET_VALUE = Pattern.compile(CALENDAR + "(?:" + TIME_OF_DAY + ")?|" + DURATION
            + "|" + TIME_OF_DAY);

    /** Whether value is a well-formed TIMEX3 value for type. */
    public static boolean isValid(TimexType type, String value) {
        if (type == null || value == null) return false;
        Pattern pattern = switch (type) {
            case DATE -> DATE_VALUE;
            case TIME -> TIME_VALUE;
            case DURATION -> DURATION_VALUE;
            case SET -> SET_VALUE;
        };
        return pattern.matcher(value).matches();
    }
}
