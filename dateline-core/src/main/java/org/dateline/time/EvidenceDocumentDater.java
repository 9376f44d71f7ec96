package org.dateline.time;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;

// PLACEHOLDER: replaced by the real implementation before commit.
public final class EvidenceDocumentDater implements DocumentDater {
    @Override
    public Optional<DateEstimate> estimate(Article undated, List<Article> related) {
        return Optional.empty();
    }
}
