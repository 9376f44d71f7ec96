package org.dateline.time;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;

/**
 * Estimates when an article that states no publication date was published, from its own content and
 * from related articles (its dated near-duplicates and its storyline neighbours). Every estimate names
 * its evidence; with no evidence there is no estimate.
 */
public interface DocumentDater {

    Optional<DateEstimate> estimate(Article undated, List<Article> related);

    /** Dates each undated article against the same related ones; an implementation may read those once. */
    default List<Optional<DateEstimate>> estimateAll(List<Article> undated, List<Article> related) {
        return undated.stream().map(article -> estimate(article, related)).toList();
    }
}
