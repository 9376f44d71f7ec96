package org.dateline.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;

/**
 * Stories: articles about one event. Average-linkage clustering on the TF-IDF cosine of content words (title
 * words count triple); it runs within one storyline, so its IDF is the storyline's own and the words every member
 * shares weigh little, leaving what sets one event apart. Two articles whose dates (stated, or estimated
 * intervals) lie more than {@code maxDaysApart} days apart never share a story. Where some articles of the
 * batch state their date, an article that does not joins another article's story only on strong textual
 * evidence ({@link #UNDATED_JOIN_THRESHOLD}): in a dated storyline, the words its events share (the same
 * summit talks months apart) are no proof of one event, and a date would be. In a batch where no article is
 * dated, words are all there is and the plain threshold applies. The default threshold was tuned on the
 * ECB+ dev topics (storylines, then stories), which carry no dates.
 */
public final class StoryClusterer implements ArticleClusterer {

    static final double DEFAULT_THRESHOLD = 0.08;
    static final int DEFAULT_MAX_DAYS_APART = 4;
    /** How similar an article without a stated date must be to join another's story, in a batch with dates. */
    static final double UNDATED_JOIN_THRESHOLD = 0.35;
    private static final double TITLE_WEIGHT = 3;
    /** Entities are what a storyline's articles share; events within it differ by what happened (words). */
    private static final double ENTITY_SHARE = 0;

    private final SimilarityClusterer clusterer;
    private final SimilarityClusterer datedBatchClusterer;

    public StoryClusterer() {
        this(DEFAULT_THRESHOLD, DEFAULT_MAX_DAYS_APART);
    }

    /**
     * @param threshold    the average similarity two clusters need to merge, in (0, 1]
     * @param maxDaysApart the largest gap in days between the dates of two articles of one story
     */
    public StoryClusterer(double threshold, int maxDaysApart) {
        ArticleSimilarity similarity = new ArticleSimilarity(TITLE_WEIGHT, ENTITY_SHARE);
        SimilarityClusterer.PairRule byDate = (a, b, plain) ->
                daysApart(a, b) > maxDaysApart ? Double.POSITIVE_INFINITY : plain;
        this.clusterer = new SimilarityClusterer(similarity, threshold, byDate);
        this.datedBatchClusterer = new SimilarityClusterer(similarity, threshold, (a, b, plain) -> {
            double required = byDate.requiredSimilarity(a, b, plain);
            boolean oneUnstated = a.publishedDate() == null || b.publishedDate() == null;
            return oneUnstated ? Math.max(required, UNDATED_JOIN_THRESHOLD) : required;
        });
    }

    @Override
    public List<List<String>> cluster(List<Article> articles) {
        boolean someDated = articles.stream().anyMatch(a -> a.publishedDate() != null);
        return (someDated ? datedBatchClusterer : clusterer).cluster(articles);
    }

    /** The gap between the two articles' date intervals in days, 0 when they overlap or one is unknown. */
    static long daysApart(Article a, Article b) {
        LocalDate[] first = interval(a);
        LocalDate[] second = interval(b);
        if (first == null || second == null) return 0;
        long gap = 0;
        if (first[1] != null && second[0] != null) gap = Math.max(gap, ChronoUnit.DAYS.between(first[1], second[0]));
        if (second[1] != null && first[0] != null) gap = Math.max(gap, ChronoUnit.DAYS.between(second[1], first[0]));
        return gap;
    }

    /** [earliest, latest] of the article's date (either bound may be null), or null when nothing is known. */
    private static LocalDate[] interval(Article article) {
        LocalDate stated = article.publishedDate();
        if (stated != null) return new LocalDate[] {stated, stated};
        DateEstimate estimate = article.publishedEstimate();
        if (estimate == null || (estimate.earliest() == null && estimate.latest() == null)) return null;
        return new LocalDate[] {estimate.earliest(), estimate.latest()};
    }
}
