package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;

class ExtractorProperties {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // The format extractors themselves, not the guarded default one, so that no internal failure is masked.
    private final PlainTextExtractor text = new PlainTextExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    @Property(tries = 300)
    void plainTextBodyWordsAreASubsequenceOfTheInputWords(@ForAll("newsLikeText") String input) {
        ExtractedArticle article = text.extract(RawDocument.text("t", input));

        assertThat(isSubsequence(words(article.text()), words(input))).as("body words in input order").isTrue();
    }

    @Property(tries = 300)
    void anyStringGivesAnArticleAndNoException(@ForAll @Size(max = 2000) String input) {
        ExtractedArticle asText = text.extract(RawDocument.text("t", input));
        ExtractedArticle asHtml = html.extract(RawDocument.html("h", input));

        assertThat(asText.id()).isEqualTo("t");
        assertThat(asHtml.id()).isEqualTo("h");
        assertThat(isSubsequence(words(asText.text()), words(input))).isTrue();
    }

    @Property(tries = 300)
    void anyHtmlSoupGivesAnArticleAndNoException(@ForAll("htmlSoup") String soup) {
        ExtractedArticle article = html.extract(RawDocument.html("h", soup));

        assertThat(article.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
        assertThat(article.authors()).doesNotContainNull();
    }

    @Property(tries = 100)
    void anyBytesReadAndExtractedGiveNoException(@ForAll @Size(max = 3000) byte[] bytes) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("extract-props", ".bin");
        try {
            java.nio.file.Files.write(file, bytes);
            try (var results = new org.dateline.read.FileSystemReader().read(List.of(file))) {
                results.forEach(result -> {
                    if (result instanceof org.dateline.read.ReadResult.Document d) {
                        var raw = d.document();
                        ExtractedArticle article = (raw.format() == RawDocument.Format.HTML ? html : text).extract(raw);
                        assertThat(article.source()).isEqualTo(raw.source());
                    }
                });
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> word = Arbitraries.of("the", "North", "Korea", "said", "IANS", "Reuters", "SEOUL", "(Reuters)",
                "-", "—", "by", "By", "Reporting", "Editing", "in", "and", ";", "Advertisement", "X", "Share", "photo:",
                "26", "Jun,", "2019", "10:31", "June", "“quoted", "text.”", "Trump", "Kim", "summit.", "talks,", "US",
                "READ", "MORE:", "«", "»", "Previous", "article", "icon", "bookmarkicon", "(This", "refiled)", "ok?");
        Arbitrary<String> line = word.list().ofMaxSize(25).map(words -> String.join(" ", words));
        Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\r\n", "\n \n");
        return Arbitraries.entries(line.list().ofMaxSize(12), separator)
                .map(e -> String.join("\n", e.getKey()))
                .injectDuplicates(0.1);
    }

    @Provide
    Arbitrary<String> htmlSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<div class=\"content\">", "<div class=\"share\">", "</div>", "<br>",
                        "<a href='/x'>", "</a>", "<h1>", "</h1>", "<li>", "<ul>", "</ul>", "<script>", "</script>",
                        "<table><tr><td>", "</td><td>", "</td></tr></table>", "<article>", "</article>", "<!--", "-->",
                        "<meta property=\"og:title\" content=\"A title\">", "<time datetime=\"2019-06-26\">",
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[1,{}],\"articleBody\":\"",
                        "<html lang=\"\">", "<body>", "&amp;", "&#0;", "\u0000"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("The council said on Monday that the new bridge would open next spring, officials said.",
                        "By Jane Roe", "Advertisement", "26 Jun, 2019 10:31"));
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }

    private static boolean isSubsequence(List<String> sub, List<String> of) {
        int i = 0;
        for (String word : of) {
            if (i < sub.size() && sub.get(i).equals(word)) i++;
        }
        return i == sub.size();
    }
}
