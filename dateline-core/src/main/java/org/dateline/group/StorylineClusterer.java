package org.dateline.group;

import java.util.List;
import org.dateline.model.Article;

/**
 * Storylines: articles about one subject, however far apart in time. Average-linkage clustering on a
 * blend of content-word TF-IDF cosine (title words count triple) and named-entity TF-IDF cosine; dates
 * play no part, so a subject that returns months later rejoins its storyline.
 */
public final class StorylineClusterer implements ArticleClusterer {

    static final double DEFAULT_THRESHOLD = 0.10;
    private static final double TITLE_WEIGHT = 3;
    private static final double ENTITY_SHARE = 0.5;

    private final SimilarityClusterer clusterer;

    public StorylineClusterer() {
        this(DEFAULT_THRESHOLD);
    }

    /** @param threshold the average similarity two clusters need to merge, in (0, 1] */
    public StorylineClusterer(double threshold) {
        this.clusterer = new SimilarityClusterer(new ArticleSimilarity(TITLE_WEIGHT, ENTITY_SHARE), threshold,
                SimilarityClusterer.PairRule.THRESHOLD);
    }

    @Override
    public List<List<String>> cluster(List<Article> articles) {
        return clusterer.cluster(articles);
    }
}
