package org.dateline.annotate;

import java.util.List;
import org.dateline.model.EntityMention;
import org.dateline.model.Quote;
import org.dateline.model.Span;

// PLACEHOLDER: replaced by the real implementation before commit.
public final class PatternQuoteExtractor implements QuoteExtractor {
    @Override
    public List<Quote> extract(String text, List<Span> sentences, List<EntityMention> entities) {
        return List.of();
    }
}
