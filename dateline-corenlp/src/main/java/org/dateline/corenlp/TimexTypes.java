package org.dateline.corenlp;

import org.dateline.model.TimexType;

/** The TIMEX3 type an engine names, or null for one Dateline does not model (HeidelTime's TEMPONYM). */
final class TimexTypes {

    private TimexTypes() {
    }

    static TimexType of(String type) {
        if (type == null) return null;
        return switch (type) {
            case "DATE" -> TimexType.DATE;
            case "TIME" -> TimexType.TIME;
            case "DURATION" -> TimexType.DURATION;
            case "SET" -> TimexType.SET;
            default -> null;
        };
    }
}
