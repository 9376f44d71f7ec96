package org.dateline.time;

import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.model.Span;

/** Dates what an article reports, as a whole or at one of its event mentions (not when it was published). */
public interface EventDater {

    /** The event of the article: that of its lead, else its (estimated) publication date. */
    EventDate dateOf(Article article);

    /**
     * The event mentioned at a span of the article's text (a word such as "signed", or a whole sentence): the
     * day, month or year its own clause gives it, else the time the text is telling about there. A dater that
     * only knows articles dates every mention by the article's event.
     */
    default EventDate dateOf(Article article, Span mention) {
        return dateOf(article);
    }

    /** When a quote of the article was said. A dater that only knows articles gives the article's event. */
    default EventDate dateOf(Article article, Quote quote) {
        return dateOf(article);
    }
}
