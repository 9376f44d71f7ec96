package org.dateline.model;

/**
 * A direct quote. {@code text} is the quoted words without the quote marks; start/end cover those words.
 * {@code speaker} is the speaker as named in the article (a pronoun already resolved to its name), null if
 * unknown; {@code speakerCanonical} is the speaker's corpus-wide entity name; {@code date} is when it was said
 * (a TIMEX3 date value: the day its attribution names, else the day of the article's event), null if unknown.
 */
public record Quote(String text, String speaker, String speakerCanonical, int start, int end, String date) {

    /** A quote not dated yet. */
    public Quote(String text, String speaker, String speakerCanonical, int start, int end) {
        this(text, speaker, speakerCanonical, start, end, null);
    }

    public Quote withSpeakerCanonical(String name) {
        return new Quote(text, speaker, name, start, end, date);
    }

    /** The speaker's corpus-wide name, else the name the article gives; null if unknown. */
    public String speakerName() {
        return speakerCanonical != null ? speakerCanonical : speaker;
    }

    /** The day it was said when that is known and not {@code day} (the event's own day), else null. */
    public String dateOtherThan(String day) {
        return date != null && !date.equals(day) ? date : null;
    }

    public Quote withDate(String newDate) {
        return new Quote(text, speaker, speakerCanonical, start, end, newDate);
    }
}
