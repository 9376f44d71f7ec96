package org.dateline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An interval that the publication date of an undated article is estimated to lie in, and why.
 * Either bound may be null (unbounded); every estimate has at least one piece of evidence.
 */
public record DateEstimate(LocalDate earliest, LocalDate latest, List<String> evidence) {
    public DateEstimate {
        evidence = List.copyOf(evidence);
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest " + latest + " before earliest " + earliest);
        }
    }
}
