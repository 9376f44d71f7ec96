package org.dateline.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading the calendar day out of the ISO-8601 publication strings the model carries. */
public final class PublishedDates {
    private PublishedDates() {
    }

    /** The day of an ISO-8601 date or date-time ("2019-06-26", "2019-06-26T10:31+03:00"), or null. */
    public static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
