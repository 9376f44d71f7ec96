package org.dateline.group;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;

/**
 * Average-linkage clustering of articles by {@link ArticleSimilarity}, with a rule that says how similar
 * two particular articles must be to share a cluster: more than the threshold, or never (they and their
 * clusters are kept apart). The engine behind the storyline and story clusterers.
 */
final class SimilarityClusterer implements ArticleClusterer {

    /**
     * Links weaker than this share of the threshold are dropped: they barely move an average, and keeping them
     * all makes large batches slow.
     */
    private static final double WEAK_LINK_SHARE = 0.5;

    private final ArticleSimilarity similarity;
    private final double threshold;
    private final PairRule pairRule;

    /** The least similarity two articles need to be together; {@link Double#POSITIVE_INFINITY} keeps them apart. */
    @FunctionalInterface
    interface PairRule {
        double requiredSimilarity(Article a, Article b, double threshold);

        PairRule THRESHOLD = (a, b, threshold) -> threshold;
    }

    SimilarityClusterer(ArticleSimilarity similarity, double threshold, PairRule pairRule) {
        this.similarity = similarity;
        this.threshold = threshold;
        this.pairRule = pairRule;
    }

    @Override
    public List<List<String>> cluster(List<Article> articles) {
        List<ArticleSimilarity.Features> features = similarity.features(articles);
        List<AverageLinkage.Link> links = new ArrayList<>();
        for (int[] pair : similarity.candidatePairs(features)) {
            Article a = articles.get(pair[0]);
            Article b = articles.get(pair[1]);
            double required = pairRule.requiredSimilarity(a, b, threshold);
            if (required == Double.POSITIVE_INFINITY) {
                links.add(AverageLinkage.Link.apart(pair[0], pair[1]));
                continue;
            }
            double score = similarity.similarity(features.get(pair[0]), features.get(pair[1]));
            if (required > threshold && score < required) {
                links.add(AverageLinkage.Link.apart(pair[0], pair[1]));
            } else if (score >= threshold * WEAK_LINK_SHARE) {
                links.add(AverageLinkage.Link.similar(pair[0], pair[1], score));
            }
        }
        return AverageLinkage.cluster(articles.size(), links, threshold).stream()
                .map(cluster -> cluster.stream().map(i -> articles.get(i).id()).toList())
                .toList();
    }
}
