package org.dateline.model;

import java.util.List;

/**
 * What extraction leaves of a page: clean body paragraphs and the metadata the page states.
 *
 * @param published  ISO-8601 date or date-time as stated by the input ("2019-06-26T10:31"), else null
 * @param paragraphs the clean body, one entry per paragraph, junk removed, broken paragraphs joined
 * @param language   ISO 639-1 code when known, else null
 */
public record ExtractedArticle(String id, String source, String url, String title, String published,
                               String outlet, String dateline, List<String> authors, String language,
                               List<String> paragraphs) {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public ExtractedArticle {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as one string, paragraphs separated by a blank line: the text that all offsets index. */
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    public boolean hasBody() {
        return !paragraphs.isEmpty();
    }
}
