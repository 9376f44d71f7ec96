package org.dateline.tell;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Storyline;

/** Tells one storyline: its title and a timeline of dated events, each with summary, sources and quotes. */
public interface TimelineBuilder {

    /**
     * @param storylineId the storyline's id
     * @param stories     the storyline's articles grouped into stories (one event each), articles carrying
     *                    their storyId, dates or date estimates, entities, timexes and quotes
     */
    Storyline build(String storylineId, List<List<Article>> stories);
}
