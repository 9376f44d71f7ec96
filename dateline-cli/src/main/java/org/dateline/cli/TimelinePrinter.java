package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.model.Article;
import org.dateline.model.Corpus;
import org.dateline.model.Storyline;
import org.dateline.model.TimelineEvent;

/** The short, readable timeline a run ends with. */
final class TimelinePrinter {

    private static final int MAX_QUOTES_PER_EVENT = 2;

    private TimelinePrinter() {
    }

    static void print(Corpus corpus, PrintWriter out) {
        Map<String, Article> byId = corpus.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        out.printf("%d articles, %d storylines, %d inputs skipped%n", corpus.articles().size(),
                corpus.storylines().size(), corpus.errors().size());
        for (Storyline storyline : corpus.storylines()) {
            out.printf("%n== %s (%d articles)%n", storyline.title(), storyline.articleIds().size());
            for (TimelineEvent event : storyline.events()) {
                String sources = event.articleIds().stream()
                        .map(id -> byId.containsKey(id) && byId.get(id).outlet() != null
                                ? id + " (" + byId.get(id).outlet() + ")" : id)
                        .collect(Collectors.joining(", "));
                out.printf("  %-11s %s%n", (event.dateEstimated() ? "~" : "") + event.date(), event.title());
                out.printf("  %-11s sources: %s%n", "", sources);
                event.quotes().stream().limit(MAX_QUOTES_PER_EVENT).forEach(q -> {
                    String said = q.dateOtherThan(event.date());
                    out.printf("  %-11s %s%s: “%s”%n", "", q.speakerName(), said == null ? "" : " (" + said + ")",
                            shorten(q.text()));
                });
            }
            if (!storyline.undatedArticleIds().isEmpty()) {
                out.printf("  undated: %s%n", String.join(", ", storyline.undatedArticleIds()));
            }
        }
    }

    private static String shorten(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 90 ? flat : flat.substring(0, 89) + "…";
    }
}
