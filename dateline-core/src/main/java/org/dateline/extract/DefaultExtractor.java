package org.dateline.extract;

import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;

// PLACEHOLDER: replaced by the real implementation before commit.
public final class DefaultExtractor implements Extractor {
    @Override
    public ExtractedArticle extract(RawDocument document) {
        throw new UnsupportedOperationException("placeholder");
    }
}
