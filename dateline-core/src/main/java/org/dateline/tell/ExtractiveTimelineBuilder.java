package org.dateline.tell;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Storyline;

// PLACEHOLDER: replaced by the real implementation before commit.
public final class ExtractiveTimelineBuilder implements TimelineBuilder {
    @Override
    public Storyline build(String storylineId, List<List<Article>> stories) {
        List<String> ids = stories.stream().flatMap(List::stream).map(Article::id).toList();
        return new Storyline(storylineId, storylineId, ids, List.of(), ids);
    }
}
