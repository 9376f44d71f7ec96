package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Timex;

/**
 * Finds temporal expressions and normalises them to TIMEX3 values.
 * Relative expressions resolve against {@code anchor} (the article's publication day), or, where that is
 * the right anchor, against the last date resolved in the text. With a null anchor, relative expressions
 * keep an unresolved value ("XXXX-02" for "in February").
 */
public interface TemporalTagger {

    List<Timex> tag(String text, LocalDate anchor);
}
