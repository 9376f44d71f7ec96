package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The publication date of whole pages: which signal wins when several disagree. */
class PublicationDateTest {

    private static String dateOf(String html, String url) {
        return PageMetadata.publicationDate(Jsoup.parse(html, url == null ? "" : url), url);
    }

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @ParameterizedTest
    @CsvSource({
            "https://example.org/2019/06/26/summit-ends/, 2019-06-26",
            "https://example.org/news/20190626-summit, 2019-06-26",
            "https://example.org/news/summit-2019-06-26.html, 2019-06-26",
            "https://example.org/meldungen/26-06-2019, 2019-06-26",
            "https://example.org/2019/6/26/summit, 2019-06-26",
    })
    void aFullDateInTheUrlWins(String url, String date) {
        String html = page("<meta property='article:published_time' content='2019-06-27T01:00:00Z'>", "<h1>Summit</h1>");

        assertThat(dateOf(html, url)).startsWith(date);
    }

    @ParameterizedTest
    @CsvSource({
            "2019-06-27T11:00:00+02:00, 2019-06-27T11:00+02:00",
            "2019-06-27T10:04:00Z, 2019-06-27T10:04Z",
            "2019-06-27T23:00:00Z, 2019-06-26",
            "2019-07-02T11:00:00+02:00, 2019-06-26",
    })
    void aPublicationStatedForADayOrTwoAfterTheUrlsDayWinsWhenItsDayIsTheSameEverywhere(String stated, String date) {
        String html = page("<meta property='article:published_time' content='" + stated + "'>", "<h1>Summit</h1>");

        assertThat(dateOf(html, "https://example.org/2019/06/26/summit-ends/")).isEqualTo(date);
    }

    @Test
    void theUrlsMonthPicksAmongStatedDates() {
        String html = page("<meta property='article:published_time' content='2019-10-01'>",
                "<h1>Shoe test</h1><p class='date'>18.01.2019</p><p>Since 18.01.2019 on sale.</p>");

        assertThat(dateOf(html, "https://example.org/2019/10/shoe-test/")).isEqualTo("2019-10-01");
        assertThat(dateOf(html, "https://example.org/shoe-test/")).isEqualTo("2019-01-18");
    }

    @Test
    void aDateInSideMatterLosesToTheDateShownInTheText() {
        String html = page("", """
                <h3>Poacher sentenced</h3><div class="detail">27 Sep 2016</div><p>On 27 September 2016 the court met.</p>
                <ul class="widget recent-posts"><li><a href="/other">Other</a><span class="post-date">20/06/2019</span></li></ul>""");

        assertThat(dateOf(html, null)).isEqualTo("2016-09-27");
    }

    @Test
    void aDateLineJustAboveTheHeadlineDatesThePage() {
        String html = page("", """
                <div class="head"><span>21.01.2022 | Blog</span><h1>Perfect cuts</h1></div>
                <p>Our tips, first shown 06.08.2020.</p>""");

        assertThat(dateOf(html, null)).isEqualTo("2022-01-21");
    }

    @Test
    void aPageWithNoOtherDateIsDatedByItsPreviewImagesFolder() {
        String html = page("<meta property='og:image' content='https://example.org/files/2016/05/04/report.png'>",
                "<h1>Annual report</h1><p>No date here.</p>");

        assertThat(dateOf(html, "https://example.org/report/")).isEqualTo("2016-05-04");
    }

    @Test
    void urlNumbersThatAreNoDateAreIgnored() {
        String html = page("<meta property='article:published_time' content='2020-03-01T10:00:00+01:00'>", "");

        assertThat(dateOf(html, "https://example.org/article/20201399/id-2019-13-45")).isEqualTo("2020-03-01T10:00+01:00");
    }

    @Test
    void jsonLdInAGraphStatesThePublication() {
        String html = page("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example"},
                  {"@type":["NewsArticle"],"datePublished":"2021-10-29T09:00:00+02:00","dateModified":"2021-11-03"}]}
                </script>""", "<h1>Harbour</h1>");

        assertThat(dateOf(html, null)).isEqualTo("2021-10-29T09:00+02:00");
    }

    @Test
    void aUtcDateIsTakenInTheLocalTimeAnotherSourceStates() {
        String html = page("""
                <meta property="article:published_time" content="2020-02-25T02:25:54Z">
                <meta name="date" content="2020-02-24T21:25:54-05:00">""", "<h1>Late news</h1>");

        assertThat(dateOf(html, null)).isEqualTo("2020-02-24T21:25:54-05:00");
    }

    @Test
    void thePublicationTheMarkupStatesAndThePageShowsBeatsOneItDoesNotShow() {
        String html = page("""
                <meta property="article:published_time" content="2016-08-29T21:54:39Z">
                <meta property="article:modified_time" content="2019-05-06T10:00:00Z">""",
                "<h1>Hydrangea care</h1><p class='byline'>Updated May 6, 2019</p><p>Water them.</p>");

        assertThat(dateOf(html, null)).startsWith("2019-05-06");
    }

    @Test
    void anUpdateAndReadersCommentsLoseToThePublishedDateLine() {
        String html = page("", """
                <h1>Apfelernte</h1>
                <div class="meta"><span class="updated">Aktualisiert am 3. November 2021</span>
                <span class="date">29. Oktober 2021</span></div>
                <div class="comments"><div class="comment-meta"><time datetime="2021-11-05T10:00">5. November</time></div></div>""");

        assertThat(dateOf(html, null)).isEqualTo("2021-10-29");
    }

    @Test
    void aPageWithoutMarkupIsDatedByTheDateShownUnderItsHeadline() {
        String html = page("", """
                <nav><p>Archiv 12.01.2018</p></nav>
                <h1>Neue Brücke eröffnet</h1><p>Stand: 14.03.2022 – Die Brücke ist fertig.</p>
                <p>Der Bau begann am 01.02.2019.</p>""");

        assertThat(dateOf(html, null)).isEqualTo("2022-03-14");
    }

    @Test
    void datesInTheFutureOrBeforeTheWebAreIgnored() {
        String html = page("""
                <meta property="article:published_time" content="2999-01-01T00:00:00Z">
                <meta name="dc.date" content="1912-09-28">""", "<h1>Forum</h1><p>Posted 28.09.2019</p>");

        assertThat(dateOf(html, null)).isEqualTo("2019-09-28");
    }

    @Test
    void readingTheDateLeavesThePageAsItWas() {
        Document parsed = Jsoup.parse(page("", """
                <h1>Harbour</h1><aside class="related"><span class="date">1 May 2020</span></aside>
                <div class="comments"><span class="comment-date">2 May 2020</span></div><p>Text.</p>"""));
        String before = parsed.outerHtml();

        PageMetadata.read(parsed, null);

        assertThat(parsed.outerHtml()).isEqualTo(before);
    }

    @Test
    void aPageWithoutAnyDateHasNone() {
        assertThat(dateOf(page("<title>About</title>", "<h1>About us</h1><p>Since 1998.</p>"), null)).isNull();
    }
}
