package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.model.ExtractedArticle;
import org.dateline.read.FileSystemReader;
import org.dateline.read.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled example pages, read and extracted as the pipeline does. */
class SeedExamplesTest {

    private static final List<String> JUNK = List.of("icon", "Advertisement", "Show comments", "Share it with a friend",
            "Also on rt.com", "READ MORE", "FILE PHOTO", "REUTERS/", "Slideshow", "refiled", "Reporting by", "Editing by",
            "Our Standards", "Trust Principles", "Source link", "Ads by", "Previous article", "Next article", "IANS");

    private static Map<String, ExtractedArticle> articles;

    @BeforeAll
    static void extractSeeds() {
        var extractor = new DefaultExtractor();
        try (var results = new FileSystemReader().read(List.of(Path.of("../examples/summits")))) {
            articles = results.map(r -> extractor.extract(((ReadResult.Document) r).document()))
                    .collect(Collectors.toMap(a -> a.id().substring(0, 3), Function.identity()));
        }
    }

    @Test
    void titlesAreTheHeadlines() {
        assertThat(articles.get("000").title()).isEqualTo("US & North Korea in talks to arrange 3rd Trump-Kim summit, Moon says");
        assertThat(articles.get("002").title()).isEqualTo("US President Donald Trump Open To Third Meeting With North Korea's Kim Jong-Un");
        assertThat(articles.get("004").title()).isEqualTo("North Korea's Kim asks Trump for another meeting in 'very warm' letter");
    }

    @Test
    void theRtDateLineIsThePublicationDateAndTheOthersAreUndated() {
        assertThat(articles.get("000").published()).isEqualTo("2019-06-26T10:31");
        assertThat(articles.get("002").published()).isNull();
        assertThat(articles.get("004").published()).isNull();
    }

    @Test
    void noJunkLineIsLeftInAnyBody() {
        articles.values().forEach(a -> assertThat(a.text()).doesNotContain(JUNK));
        assertThat(articles.get("002").paragraphs().getLast()).endsWith("nuclear and other weapons programs.");
        assertThat(articles.get("004").paragraphs().getLast()).endsWith("there are reasons for optimism,” he said.");
    }

    @Test
    void theTitleIsNotRepeatedInTheBody() {
        assertThat(articles.get("000").paragraphs().getFirst()).startsWith("US and North Korean officials are holding");
        articles.values().forEach(a -> assertThat(a.paragraphs()).doesNotContain(a.title()));
    }

    @Test
    void theStandfirstRepeatingTheLeadAppearsOnce() {
        String text = articles.get("002").text();
        assertThat(text.split("Speaking before an Oval Office meeting", -1)).hasSize(2);
        assertThat(articles.get("002").paragraphs().getFirst()).startsWith("US President, Donald Trump has said");
    }

    @Test
    void theBrokenParagraphIsJoinedAndTheSectionHeadingKept() {
        List<String> paragraphs = articles.get("004").paragraphs();
        assertThat(paragraphs).contains("“North Korea should abolish its nuclear programs, and the United States foster"
                + " such conditions with corresponding action.”");
        int heading = paragraphs.indexOf("WINDOW OF OPPORTUNITY");
        assertThat(heading).isPositive();
        assertThat(paragraphs.get(heading + 1)).startsWith("The nuclear envoys");
    }

    @Test
    void theReutersDatelineGivesPlaceAndOutletAndLeavesTheLead() {
        ExtractedArticle reuters = articles.get("004");
        assertThat(reuters.dateline()).isEqualTo("SEOUL/WASHINGTON");
        assertThat(reuters.outlet()).isEqualTo("Reuters");
        assertThat(reuters.paragraphs().getFirst()).startsWith("U.S. President Donald Trump received");
    }

    @Test
    void creditsNameReportersAndWritersAsAuthors() {
        assertThat(articles.get("004").authors()).containsExactly("Steve Holland", "Hyonhee Shin", "Roberta Rampton");
    }

    @Test
    void theTrailingAgencyLineIsTheOutlet() {
        assertThat(articles.get("002").outlet()).isEqualTo("IANS");
        assertThat(articles.get("000").outlet()).isNull();
    }

    @Test
    void allSeedsAreEnglish() {
        articles.values().forEach(a -> assertThat(a.language()).isEqualTo("en"));
    }
}
