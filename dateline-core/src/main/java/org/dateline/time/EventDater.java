package org.dateline.time;

import org.dateline.model.Article;

/** Dates what an article reports: the event of its lead, else its (estimated) publication date. */
public interface EventDater {

    EventDate dateOf(Article article);
}
