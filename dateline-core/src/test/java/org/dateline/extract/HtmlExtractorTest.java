package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final DefaultExtractor extractor = new DefaultExtractor();

    @Test
    void aRichNewsPageGivesItsMetadataAndOnlyItsBody() throws IOException {
        ExtractedArticle article = extractor.extract(RawDocument.html("rich", resource("rich-news.html")));

        assertThat(article.title()).isEqualTo("Harbour bridge reopens after two-year repair");
        assertThat(article.published()).isEqualTo("2021-03-30T07:15+01:00");
        assertThat(article.authors()).containsExactly("Ada Lindqvist", "Tomás Ruiz");
        assertThat(article.outlet()).isEqualTo("The Coastline Courier");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.url()).isEqualTo("https://courier.example/local/2021/03/30/bridge-reopens");
        assertThat(article.dateline()).isEqualTo("PORTHAVEN");
        assertThat(article.paragraphs()).containsExactly(
                "The harbour bridge reopened to traffic on Tuesday morning after a two-year repair that cost the county more than expected, officials said.",
                "The first cars crossed shortly after six o'clock, to applause from a small crowd of residents who had waited through months of detours.",
                "Costs rose twice",
                "The council approved two budget increases during the works, blaming steel prices and a flood that damaged the scaffolding last winter.",
                "\"We are proud of the crews who kept going through the storms,\" the council leader said.",
                "The bridge carries about 18,000 vehicles a day.",
                "Cyclists get a separate lane for the first time.",
                "A formal opening ceremony is planned for May, when the mayor is expected to cut a ribbon on the new cycle lane.");
    }

    @Test
    void divSoupIsReadFromItsTextRunsWithTheVisibleHeadlineBylineAndDate() throws IOException {
        ExtractedArticle article = extractor.extract(RawDocument.html("soup", resource("div-soup.html")));

        assertThat(article.title()).isEqualTo("Orchard growers brace for late frost as temperatures fall below zero");
        assertThat(article.published()).isEqualTo("2023-04-03T08:10");
        assertThat(article.authors()).containsExactly("Lena Park");
        assertThat(article.paragraphs()).hasSize(4);
        assertThat(article.paragraphs().getFirst()).startsWith("Growers across the valley lit fires");
        assertThat(article.text()).doesNotContain("Slideshow", "Advertisement", "You may also like", "Cookies", "Home");
    }

    @Test
    void anEmptyShellPageFallsBackToTheJsonLdArticleBody() throws IOException {
        ExtractedArticle article = extractor.extract(RawDocument.html("app", resource("jsonld-body.html")));

        assertThat(article.title()).isEqualTo("Library extends opening hours");
        assertThat(article.published()).isEqualTo("2022-09-12");
        assertThat(article.authors()).containsExactly("Sam Okoro");
        assertThat(article.paragraphs()).hasSize(3).first().asString().startsWith("The city library will stay open");
    }

    @Test
    void theUrlDateIsUsedWhenTheMarkupStatesNone() {
        String page = "<html><body><article><h1>Town fair draws record crowd this weekend</h1><p>" + "The fair drew more visitors than ever before, organisers said on Sunday evening. ".repeat(3) + "</p></article></body></html>";
        var document = new RawDocument("fair", "fair", RawDocument.Format.HTML, page, "https://news.example/2018/09/02/fair", null, null);

        ExtractedArticle article = extractor.extract(document);

        assertThat(article.published()).isEqualTo("2018-09-02");
        assertThat(article.title()).isEqualTo("Town fair draws record crowd this weekend");
        assertThat(article.url()).isEqualTo("https://news.example/2018/09/02/fair");
    }

    @Test
    void aPageWithoutArticleTextGivesNoParagraphs() {
        ExtractedArticle article = extractor.extract(RawDocument.html("nav", "<html><body><nav><a href='/'>Home</a></nav><div class='menu'><a href='/a'>A</a> <a href='/b'>B</a></div></body></html>"));

        assertThat(article.hasBody()).isFalse();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
