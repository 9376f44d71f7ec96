package org.dateline.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.group.TestArticles;
import org.dateline.model.Article;
import org.dateline.model.Corpus;
import org.dateline.model.DateEstimate;
import org.dateline.model.DocumentError;
import org.dateline.model.Quote;
import org.dateline.model.Storyline;
import org.dateline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static Corpus corpus() {
        Article dated = TestArticles.article("a", "Council <script>alert(1)</script> approves rail", "2025-03-05",
                "First paragraph with <script>alert('body')</script> in it.\n\nSecond paragraph & more.")
                .withGrouping(null, "story-a", "storyline-a");
        Article estimated = TestArticles.withEstimate(TestArticles.article("b", "Rail opponents regroup", null,
                        "Opponents met on Friday to plan their appeal."),
                new DateEstimate(LocalDate.parse("2025-03-07"), LocalDate.parse("2025-03-08"),
                        List.of("\"Friday\" after a related article"))).withGrouping(null, "story-b", "storyline-a");
        TimelineEvent first = new TimelineEvent("2025-03-05", false, List.of("published 2025-03-05"), "story-a",
                "Council <b>approves</b> rail", "The council approved the plan.", List.of("a"),
                List.of(new Quote("A <generation> decision", "Mayor", "Mayor Whitfield", 0, 1, "2025-03-05"),
                        new Quote("We will appeal", "Ames", "Lena Ames", 2, 3, "2025-03-04")));
        TimelineEvent second = new TimelineEvent("2025-03-07", true, List.of("\"Friday\" after a related article"),
                "story-b", "Rail opponents regroup", "Opponents met.", List.of("b"), List.of());
        Storyline storyline = new Storyline("storyline-a", "Riverton rail", List.of("a", "b"), List.of(first, second),
                List.of());
        return new Corpus(List.of(dated, estimated), List.of(storyline),
                List.of(new DocumentError("bad<file>.html", "extract", "no article text found")));
    }

    @Test
    void scrapedTextIsEscaped() {
        String html = HtmlReport.render(corpus());
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>approves").doesNotContain("<generation>")
                .contains("Council &lt;script&gt;alert(1)&lt;/script&gt; approves rail")
                .contains("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;")
                .contains("bad&lt;file&gt;.html");
        assertThat(html.split("<script>", -1)).hasSize(2);
    }

    @Test
    void pageHasCountsTimelineSourcesQuotesArticlesAndErrors() {
        String html = HtmlReport.render(corpus());
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("2 articles · 1 storyline · 2 dated events · 1 input error")
                .contains("<h2>Riverton rail</h2>")
                .contains("<time datetime=\"2025-03-05\">2025-03-05</time>")
                .contains("class=\"estimated\" title=\"&quot;Friday&quot; after a related article\"")
                .contains("The council approved the plan.")
                .contains("<cite>— Mayor Whitfield</cite>")
                .contains("<cite>— Lena Ames, <time>2025-03-04</time></cite>")
                .contains("<a href=\"#article-0\">Council &lt;script&gt;")
                .contains("<details id=\"article-0\">")
                .contains("<p>Second paragraph &amp; more.</p>")
                .contains("estimated 2025-03-07 to 2025-03-08")
                .contains("Inputs not processed");
        assertThat(html.indexOf("class=\"timeline\"")).isLessThan(html.indexOf("id=\"articles\""));
        assertThat(html.indexOf("id=\"articles\"")).isLessThan(html.indexOf("id=\"errors\""));
    }

    @Test
    void pageIsSelfContained() {
        String html = HtmlReport.render(corpus());
        assertThat(html).doesNotContain("<link").doesNotContain("src=").doesNotContain("@import");
    }

    @Test
    void emptyCorpusRenders() {
        String html = HtmlReport.render(new Corpus(List.of(), List.of(), List.of()));
        assertThat(html).contains("0 articles · 0 storylines").doesNotContain("id=\"errors\"").endsWith("</html>\n");
    }
}
