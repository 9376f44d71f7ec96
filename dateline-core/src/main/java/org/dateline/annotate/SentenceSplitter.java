package org.dateline.annotate;

import java.util.List;
import org.dateline.model.Span;

/** Splits text into sentences; a sentence never crosses a paragraph break (a blank line). */
public interface SentenceSplitter {

    List<Span> split(String text);
}
