package org.dateline.group;

import java.util.List;
import org.dateline.model.Article;

/**
 * Groups articles: into stories (articles about one event) or into storylines (stories about one
 * subject across months), depending on the implementation's notion of "together".
 */
public interface ArticleClusterer {

    /** Disjoint clusters of article ids covering every input article, each in input order, in a stable order. */
    List<List<String>> cluster(List<Article> articles);
}
