package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;

/**
 * Extracts an article from scraped plain text: every non-blank line is a candidate paragraph, classified by
 * {@link BodyCleaner}. The first headline-like line is the title unless the input record gives one.
 */
final class PlainTextExtractor implements Extractor {

    @Override
    public ExtractedArticle extract(RawDocument document) {
        List<Block> blocks = new ArrayList<>();
        document.content().lines().forEach(line -> {
            if (!line.isBlank()) blocks.add(Block.text(line));
        });
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(blocks, document.title());
        return new ExtractedArticle(document.id(), document.source(), document.url(), cleaned.title(),
                cleaned.published(), cleaned.outlet(), cleaned.dateline(), cleaned.authors(),
                LanguageGuesser.guess(cleaned.paragraphs()), cleaned.paragraphs());
    }
}
