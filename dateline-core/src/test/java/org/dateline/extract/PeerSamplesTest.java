package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared sample pages (a rich news page, div soup, inline junk, plain text) against their gold. */
class PeerSamplesTest {

    private static final Path SAMPLES = SharedData.path("peers/samples");

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("html/page1.html", "page1.html", RawDocument.Format.HTML),
                Arguments.of("html/page2.html", "page2.html", RawDocument.Format.HTML),
                Arguments.of("html/page3.html", "page3.html", RawDocument.Format.HTML),
                Arguments.of("plaintext/raw_boilerplate.txt", "raw_boilerplate.html", RawDocument.Format.TEXT));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void extractsTitleAuthorDateAndBodyWithoutJunk(String file, String goldKey, RawDocument.Format format) throws IOException {
        assumeThat(Files.isRegularFile(SAMPLES.resolve(file))).as("shared samples not found at " + SAMPLES + "; skipped").isTrue();
        JsonNode gold = new ObjectMapper().readTree(SAMPLES.resolve("gold.json").toFile()).get(goldKey);
        String content = Files.readString(SAMPLES.resolve(file));

        ExtractedArticle article = new DefaultExtractor().extract(new RawDocument(goldKey, file, format, content, null, null, null));

        assertThat(article.title()).isEqualTo(gold.get("title").asText());
        assertThat(article.authors()).contains(gold.get("author").asText());
        assertThat(article.published()).startsWith(gold.get("date").asText());
        for (JsonNode body : gold.get("body")) assertThat(article.text()).contains(body.asText());
        List<String> junk = gold.findValuesAsText("junk").isEmpty() ? List.of() : toList(gold.get("junk"));
        assertThat(article.text()).doesNotContain(junk);
    }

    private static List<String> toList(JsonNode array) {
        return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(i -> array.get(i).asText()).toList();
    }
}
