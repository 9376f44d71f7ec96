package org.dateline.corenlp;

import org.dateline.model.TimexType;

/** The TIMEX3 type an engine names, or null for one Dateline does not model (HeidelTime's TEMPONYM). */
final class TimexTypes {

    private TimexTypes() {
    }

    static TimexType of(String type) {
        // The engines write the TIMEX3 names, which are the enum's own.
        for (TimexType known : TimexType.values()) {
            if (known.name().equals(type)) return known;
        }
        return null;
    }
}
