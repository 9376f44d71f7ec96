package org.dateline.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.Corpus;
import org.dateline.model.DateEstimate;
import org.dateline.model.DocumentError;
import org.dateline.model.EntityMention;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.Quote;
import org.dateline.model.Storyline;
import org.dateline.model.TimelineEvent;

/**
 * A corpus as one self-contained HTML page for people: counts, each storyline's timeline (date, estimated
 * dates marked with their evidence, event title, summary, quotes, sources), every article one click away
 * (a collapsible section with its metadata, entities and body), and the inputs that failed. Inline CSS and a
 * few lines of inline script only; no external resources. Every piece of input text is HTML-escaped.
 */
public final class HtmlReport {

    private static final String STYLE = """
            :root{--ink:#1d1f23;--muted:#5d6470;--rule:#e3e5e8;--accent:#1f5fa8;--paper:#fdfdfc;--mark:#fff4d6}
            *{box-sizing:border-box}
            body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.6 Georgia,'Times New Roman',serif}
            header,main,footer{max-width:46rem;margin:0 auto;padding:0 1.25rem}
            header{padding-top:2rem;border-bottom:1px solid var(--rule)}
            h1,h2,h3,summary,.meta,.counts,nav,time,.sources,.tag{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
            h1{font-size:1.9rem;margin:0 0 .25rem}
            h2{font-size:1.4rem;margin:2.5rem 0 .25rem;line-height:1.3}
            h3{font-size:1.05rem;margin:.15rem 0 .35rem;line-height:1.35}
            a{color:var(--accent);text-decoration:none}
            a:hover{text-decoration:underline}
            .counts,.meta{color:var(--muted);font-size:.9rem;margin:.2rem 0 1rem}
            nav ol{padding-left:1.2rem;font-size:.95rem}
            ol.timeline{list-style:none;padding:0;margin:1rem 0 0;border-left:3px solid var(--rule)}
            li.event{position:relative;padding:0 0 1.4rem 1.25rem}
            li.event::before{content:'';position:absolute;left:-8px;top:.45rem;width:13px;height:13px;border-radius:50%;background:var(--accent)}
            time{font-weight:600;font-size:.9rem;color:var(--accent)}
            .estimated{background:var(--mark);border-radius:3px;padding:0 .3rem;margin-left:.4rem;font-size:.8rem;color:#7a5200;cursor:help}
            .evidence{color:var(--muted);font-size:.8rem;margin:.1rem 0}
            .summary{margin:.2rem 0 .5rem}
            blockquote{margin:.4rem 0;padding-left:.8rem;border-left:2px solid var(--rule);font-style:italic}
            blockquote cite{font-style:normal;color:var(--muted);font-size:.9rem}
            .sources{font-size:.85rem;color:var(--muted)}
            details{border-top:1px solid var(--rule);padding:.6rem 0}
            summary{cursor:pointer;font-weight:600;font-size:.95rem}
            details .meta{margin:.4rem 0}
            .tag{display:inline-block;font-size:.75rem;background:#eef1f5;border-radius:3px;padding:0 .35rem;margin:0 .2rem .2rem 0}
            .errors li{font-family:ui-monospace,monospace;font-size:.85rem}
            footer{color:var(--muted);font-size:.8rem;padding:2rem 1.25rem}
            """;

    /** Opens the article a link points at, so a source is one click away. */
    private static final String SCRIPT = """
            function openTarget(){var e=location.hash&&document.getElementById(location.hash.slice(1));\
            if(e&&e.tagName==='DETAILS'){e.open=true;}}
            window.addEventListener('hashchange',openTarget);openTarget();
            """;

    private HtmlReport() {
    }

    public static String render(Corpus corpus) {
        Map<String, Article> byId = new LinkedHashMap<>();
        corpus.articles().forEach(a -> byId.putIfAbsent(a.id(), a));
        Map<String, String> anchors = new HashMap<>();
        int index = 0;
        for (String id : byId.keySet()) anchors.put(id, "article-" + index++);

        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Dateline: ").append(corpus.storylines().size()).append(" storylines</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(html, corpus);
        html.append("<main>\n");
        int storylineIndex = 0;
        for (Storyline storyline : corpus.storylines()) {
            storyline(html, storyline, "storyline-" + storylineIndex++, byId, anchors);
        }
        articles(html, byId.values(), anchors);
        errors(html, corpus.errors());
        html.append("</main>\n<footer>Generated by Dateline. Summaries and quotes are extracted from the sources, "
                + "not written.</footer>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, Corpus corpus) {
        int events = corpus.storylines().stream().mapToInt(s -> s.events().size()).sum();
        html.append("<header>\n<h1>Dateline</h1>\n<p class=\"counts\">")
                .append(count(corpus.articles().size(), "article")).append(" · ")
                .append(count(corpus.storylines().size(), "storyline")).append(" · ")
                .append(count(events, "dated event")).append(" · ")
                .append(count(corpus.errors().size(), "input error")).append("</p>\n");
        if (!corpus.storylines().isEmpty()) {
            html.append("<nav><ol>\n");
            int i = 0;
            for (Storyline storyline : corpus.storylines()) {
                html.append("<li><a href=\"#storyline-").append(i++).append("\">").append(escape(storyline.title()))
                        .append("</a> <span class=\"meta\">(").append(count(storyline.articleIds().size(), "article"))
                        .append(")</span></li>\n");
            }
            html.append("</ol></nav>\n");
        }
        html.append("</header>\n");
    }

    private static void storyline(StringBuilder html, Storyline storyline, String anchor, Map<String, Article> byId,
                                  Map<String, String> anchors) {
        html.append("<section class=\"storyline\" id=\"").append(anchor).append("\">\n<h2>")
                .append(escape(storyline.title())).append("</h2>\n<p class=\"meta\">")
                .append(count(storyline.articleIds().size(), "article")).append(" · ")
                .append(count(storyline.events().size(), "event"));
        if (!storyline.events().isEmpty()) {
            html.append(" · ").append(escape(storyline.events().getFirst().date()));
            if (storyline.events().size() > 1) html.append(" to ").append(escape(storyline.events().getLast().date()));
        }
        html.append("</p>\n");
        if (!storyline.events().isEmpty()) {
            html.append("<ol class=\"timeline\">\n");
            for (TimelineEvent event : storyline.events()) event(html, event, byId, anchors);
            html.append("</ol>\n");
        }
        if (!storyline.undatedArticleIds().isEmpty()) {
            html.append("<p class=\"sources\">Not dated: ");
            sourceLinks(html, storyline.undatedArticleIds(), byId, anchors);
            html.append("</p>\n");
        }
        html.append("</section>\n");
    }

    private static void event(StringBuilder html, TimelineEvent event, Map<String, Article> byId,
                              Map<String, String> anchors) {
        String evidence = String.join("; ", event.dateEvidence());
        html.append("<li class=\"event\">\n<time datetime=\"").append(escape(event.date())).append("\">")
                .append(escape(event.date())).append("</time>");
        if (event.dateEstimated()) {
            html.append("<span class=\"estimated\" title=\"").append(escape(evidence)).append("\">estimated</span>");
        }
        html.append("\n<h3>").append(escape(event.title())).append("</h3>\n");
        if (event.dateEstimated() && !evidence.isEmpty()) {
            html.append("<p class=\"evidence\">Date estimated: ").append(escape(evidence)).append("</p>\n");
        }
        if (event.summary() != null && !event.summary().isBlank()) {
            html.append("<p class=\"summary\">").append(escape(event.summary())).append("</p>\n");
        }
        for (Quote quote : event.quotes()) {
            String speaker = quote.speakerName();
            String said = quote.dateOtherThan(event.date());
            html.append("<blockquote>“").append(escape(quote.text())).append("”");
            if (speaker != null || said != null) {
                List<String> cite = new ArrayList<>();
                if (speaker != null) cite.add(escape(speaker));
                if (said != null) cite.add("<time>" + escape(said) + "</time>");
                html.append(" <cite>— ").append(String.join(", ", cite)).append("</cite>");
            }
            html.append("</blockquote>\n");
        }
        html.append("<p class=\"sources\">Sources: ");
        sourceLinks(html, event.articleIds(), byId, anchors);
        html.append("</p>\n</li>\n");
    }

    private static void sourceLinks(StringBuilder html, List<String> ids, Map<String, Article> byId,
                                    Map<String, String> anchors) {
        boolean first = true;
        for (String id : ids) {
            if (!first) html.append(" · ");
            first = false;
            Article article = byId.get(id);
            if (article == null) {
                html.append(escape(id));
                continue;
            }
            html.append("<a href=\"#").append(anchors.get(id)).append("\">").append(escape(displayTitle(article)))
                    .append("</a>");
            if (article.outlet() != null && !article.outlet().isBlank()) {
                html.append(" (").append(escape(article.outlet())).append(")");
            }
            if (article.duplicateOf() != null) html.append(" <span class=\"tag\">copy</span>");
        }
    }

    private static void articles(StringBuilder html, Iterable<Article> articles, Map<String, String> anchors) {
        html.append("<section id=\"articles\">\n<h2>Articles</h2>\n");
        for (Article article : articles) {
            html.append("<details id=\"").append(anchors.get(article.id())).append("\">\n<summary>")
                    .append(escape(displayTitle(article))).append("</summary>\n<p class=\"meta\">");
            if (article.outlet() != null && !article.outlet().isBlank()) {
                html.append(escape(article.outlet())).append(" · ");
            }
            html.append(escape(dateText(article)));
            if (!article.authors().isEmpty()) html.append(" · by ").append(escape(String.join(", ", article.authors())));
            html.append(" · <span title=\"").append(escape(article.source())).append("\">")
                    .append(escape(article.id())).append("</span>");
            if (article.url() != null && (article.url().startsWith("http://") || article.url().startsWith("https://"))) {
                html.append(" · <a href=\"").append(escape(article.url())).append("\" rel=\"noreferrer\">original</a>");
            }
            if (article.duplicateOf() != null) {
                html.append(" · copy of <a href=\"#").append(anchors.getOrDefault(article.duplicateOf(), ""))
                        .append("\">").append(escape(article.duplicateOf())).append("</a>");
            }
            html.append("</p>\n");
            entities(html, article);
            for (String paragraph : article.text().split(ExtractedArticle.PARAGRAPH_SEPARATOR)) {
                if (!paragraph.isBlank()) html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
            html.append("</details>\n");
        }
        html.append("</section>\n");
    }

    private static void entities(StringBuilder html, Article article) {
        Set<String> names = new LinkedHashSet<>();
        for (EntityMention mention : article.entities()) {
            names.add(mention.canonical() != null ? mention.canonical() : mention.text());
        }
        if (names.isEmpty()) return;
        html.append("<p class=\"meta\">");
        for (String name : names) html.append("<span class=\"tag\">").append(escape(name)).append("</span>");
        html.append("</p>\n");
    }

    private static void errors(StringBuilder html, List<DocumentError> errors) {
        if (errors.isEmpty()) return;
        html.append("<section id=\"errors\" class=\"errors\">\n<h2>Inputs not processed</h2>\n<ul>\n");
        for (DocumentError error : errors) {
            html.append("<li>").append(escape(error.source())).append(": ").append(escape(error.stage()))
                    .append(": ").append(escape(error.message())).append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static String dateText(Article article) {
        if (article.published() != null) return "published " + article.published();
        DateEstimate estimate = article.publishedEstimate();
        if (estimate == null) return "date unknown";
        String earliest = estimate.earliest() == null ? "?" : estimate.earliest().toString();
        String latest = estimate.latest() == null ? "?" : estimate.latest().toString();
        return "estimated " + earliest + " to " + latest + " (" + String.join("; ", estimate.evidence()) + ")";
    }

    private static String displayTitle(Article article) {
        return article.title() != null && !article.title().isBlank() ? article.title().strip() : article.id();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Escapes text for use in element content and in double- or single-quoted attribute values. */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
