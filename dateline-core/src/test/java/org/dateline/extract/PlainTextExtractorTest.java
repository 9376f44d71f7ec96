package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {

    private final DefaultExtractor extractor = new DefaultExtractor();

    @Test
    void headerLinesGiveTitleBylineAndDate() {
        ExtractedArticle article = extract("""
                Skip to main content
                Factory fire forces evacuation of 2,000 residents
                By Samuel Reyes
                Updated 7:45 PM GMT, June 2, 2025
                PORT ELWOOD — A fire at a chemical storage facility forced the evacuation of about 2,000 residents on Monday night, officials said.
                Firefighters battled the blaze for more than six hours before bringing it under control early Tuesday.
                Copyright 2025 The Associated Press. All rights reserved.
                """);

        assertThat(article.title()).isEqualTo("Factory fire forces evacuation of 2,000 residents");
        assertThat(article.authors()).containsExactly("Samuel Reyes");
        assertThat(article.published()).isEqualTo("2025-06-02T19:45Z");
        assertThat(article.dateline()).isEqualTo("PORT ELWOOD");
        assertThat(article.outlet()).isNull();
        assertThat(article.paragraphs()).hasSize(2).first().asString().startsWith("A fire at a chemical storage facility");
    }

    @Test
    void hardWrappedLinesJoinIntoParagraphsOnceJunkIsDropped() {
        ExtractedArticle article = extract("""
                Advertisement
                The council met on Monday evening to discuss the new budget for the
                coming year, and members agreed to raise spending on roads and
                schools by a modest amount.

                A second vote is planned for next month.
                """);

        assertThat(article.paragraphs()).containsExactly(
                "The council met on Monday evening to discuss the new budget for the coming year, and members agreed to raise spending on roads and schools by a modest amount.",
                "A second vote is planned for next month.");
    }

    @Test
    void hardWrappedTextWithoutJunkKeepsItsLineBreaks() {
        String text = """
                The council met on Monday evening to discuss the new budget for the
                coming year, and members agreed to raise spending on roads and
                schools by a modest amount.
                """;

        assertThat(extract(text).text()).isEqualTo(text);
    }

    @Test
    void aLineRepeatedManyTimesIsKeptOnceAndLongWrappedTextJoins() {
        String repeated = "the council met and talked about the budget for the coming year and\n".repeat(20_000);

        ExtractedArticle article = extract(repeated);

        assertThat(article.paragraphs()).containsExactly("the council met and talked about the budget for the coming year and");
        String wrapped = "the council met and talked about the budget for the coming year\n".repeat(20_000) + "and then it ended.";
        assertThat(extract(wrapped).paragraphs()).singleElement().asString().endsWith("coming year and then it ended.");
    }

    @Test
    void aTextThatStartsWithProseHasNoTitle() {
        ExtractedArticle article = extract("The council met on Monday evening to discuss the new budget for the coming year, officials said.");

        assertThat(article.title()).isNull();
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void aDatelineWithDateAndAgencyIsSplitOff() {
        ExtractedArticle article = extract("Minister resigns over budget row\n\nNew Delhi, April 12 (IANS) The minister resigned on Friday after weeks of pressure from his own party.");

        assertThat(article.dateline()).isEqualTo("New Delhi, April 12");
        assertThat(article.outlet()).isEqualTo("IANS");
        assertThat(article.title()).isEqualTo("Minister resigns over budget row");
        // Nothing in it is boilerplate: the text stays as given, headline and dateline included.
        assertThat(article.text()).startsWith("Minister resigns over budget row\n\nNew Delhi, April 12 (IANS) The minister");
        ExtractedArticle withJunk = extract("Minister resigns over budget row\n\nNew Delhi, April 12 (IANS) The minister "
                + "resigned on Friday after weeks of pressure from his own party.\n\nShow comments");
        assertThat(withJunk.paragraphs().getFirst()).startsWith("The minister resigned");
    }

    @Test
    void aDatelineWithoutItsPlaceIsReadToo() {
        ExtractedArticle article = extract("Clinton on terror\n\nDec 29 (Reuters) - Hillary Clinton on Tuesday called the "
                + "violence genocide, her campaign said.");

        assertThat(article.dateline()).isEqualTo("Dec 29");
        assertThat(article.outlet()).isEqualTo("Reuters");
        // Below a heading too short to be taken for the title.
        ExtractedArticle belowHeading = extract("Oil rises\n\nNEW YORK, Dec. 11 (UPI) -- Oil rose on Monday as traders "
                + "bet on a deal between the producers.");
        assertThat(belowHeading.dateline()).isEqualTo("NEW YORK, Dec. 11");
        assertThat(belowHeading.outlet()).isEqualTo("UPI");
    }

    @Test
    void aNameWithAPartyInParenthesesIsNotADateline() {
        ExtractedArticle article = extract("Jane Smith (Labour) said the plan would fail because it had no funding at all.");

        assertThat(article.dateline()).isNull();
        assertThat(article.paragraphs().getFirst()).startsWith("Jane Smith (Labour) said");
    }

    @Test
    void recordValuesWinOverExtractedOnes() {
        var document = new RawDocument("r", "r", RawDocument.Format.TEXT,
                "Some headline of the day\n26 Jun, 2019 10:31\nThe body of the story goes here and says what happened.",
                "https://example.org/r", "Given title", "2020-01-02");

        ExtractedArticle article = extractor.extract(document);

        assertThat(article).extracting(ExtractedArticle::title, ExtractedArticle::published, ExtractedArticle::url)
                .containsExactly("Given title", "2020-01-02", "https://example.org/r");
    }

    @Test
    void aRecordDateWrittenOutIsReadAsIsoAndOneWithNoDateIsKept() {
        String body = "The body of the story goes here and says what happened.";
        var written = new RawDocument("w", "w", RawDocument.Format.TEXT, body, null, null, "Fri, 22 Mar 2013 10:30:00 GMT");
        var iso = new RawDocument("i", "i", RawDocument.Format.TEXT, body, null, null, "2013-03-22T10:30:00Z");
        var unreadable = new RawDocument("u", "u", RawDocument.Format.TEXT, body, null, null, "last spring");

        assertThat(extractor.extract(written).published()).isEqualTo("2013-03-22T10:30Z");
        assertThat(extractor.extract(iso).published()).isEqualTo("2013-03-22T10:30:00Z");
        assertThat(extractor.extract(unreadable).published()).isEqualTo("last spring");
    }

    private ExtractedArticle extract(String text) {
        return extractor.extract(RawDocument.text("t", text));
    }
}
