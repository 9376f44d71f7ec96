package org.dateline.extract;

import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;

/**
 * Extracts the article from a raw page: clean body paragraphs (junk dropped, broken paragraphs joined)
 * and the metadata the page states. A page with no article gives an article with no paragraphs.
 * Implementations are thread-safe and never throw for bad content.
 */
public interface Extractor {

    ExtractedArticle extract(RawDocument document);
}
