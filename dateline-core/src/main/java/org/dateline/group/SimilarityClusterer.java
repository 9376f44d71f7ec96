package org.dateline.group;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.dateline.model.Article;

/**
 * Average-linkage clustering of articles by {@link ArticleSimilarity}, with an optional rule that keeps
 * two articles (and so their clusters) apart. The engine behind the storyline and story clusterers.
 */
final class SimilarityClusterer implements ArticleClusterer {

    private final ArticleSimilarity similarity;
    private final double threshold;
    private final BiPredicate<Article, Article> mustStayApart;

    SimilarityClusterer(ArticleSimilarity similarity, double threshold, BiPredicate<Article, Article> mustStayApart) {
        this.similarity = similarity;
        this.threshold = threshold;
        this.mustStayApart = mustStayApart;
    }

    @Override
    public List<List<String>> cluster(List<Article> articles) {
        List<ArticleSimilarity.Features> features = similarity.features(articles);
        List<AverageLinkage.Link> links = new ArrayList<>();
        for (int[] pair : similarity.candidatePairs(features)) {
            Article a = articles.get(pair[0]);
            Article b = articles.get(pair[1]);
            if (mustStayApart.test(a, b)) {
                links.add(AverageLinkage.Link.apart(pair[0], pair[1]));
            } else {
                double score = similarity.similarity(features.get(pair[0]), features.get(pair[1]));
                if (score > 0) links.add(AverageLinkage.Link.similar(pair[0], pair[1], score));
            }
        }
        return AverageLinkage.cluster(articles.size(), links, threshold).stream()
                .map(cluster -> cluster.stream().map(i -> articles.get(i).id()).toList())
                .toList();
    }
}
