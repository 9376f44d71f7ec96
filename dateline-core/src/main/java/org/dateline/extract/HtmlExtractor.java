package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts an article from an HTML page: metadata from the markup ({@link PageMetadata}), the body from the
 * main content ({@link MainContent}) or, when the DOM yields much less, from the JSON-LD articleBody; then
 * the plain-text rules of {@link BodyCleaner}. Markup metadata wins over what the body lines state.
 */
final class HtmlExtractor implements Extractor {

    /** The JSON-LD body replaces the DOM body when the DOM gives less than this share of it. */
    private static final double JSON_LD_PREFERRED_BELOW = 0.6;
    private static final int JSON_LD_MIN_CHARS = 200;

    @Override
    public ExtractedArticle extract(RawDocument document) {
        Document page = Jsoup.parse(document.content(), document.url() == null ? "" : document.url());
        PageMetadata meta = PageMetadata.read(page, document.url());
        MainContent.Content content = MainContent.find(page);
        List<Block> blocks = content.body();
        List<Block> fromJsonLd = jsonLdBlocks(meta.articleBody());
        if (textLength(fromJsonLd) >= JSON_LD_MIN_CHARS && textLength(blocks) < JSON_LD_PREFERRED_BELOW * textLength(fromJsonLd)) {
            blocks = fromJsonLd;
        }
        String knownTitle = document.title() != null ? document.title() : meta.title();
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(blocks, knownTitle);
        BodyCleaner.Cleaned header = BodyCleaner.clean(content.header(), knownTitle);
        List<String> authors = !meta.authors().isEmpty() ? meta.authors()
                : !cleaned.authors().isEmpty() ? cleaned.authors() : header.authors();
        String language = meta.language() != null ? meta.language() : LanguageGuesser.guess(cleaned.paragraphs());
        return new ExtractedArticle(document.id(), document.source(), meta.url(), firstOf(knownTitle, cleaned.title()),
                firstOf(meta.published(), firstOf(cleaned.published(), header.published())), firstOf(meta.outlet(), cleaned.outlet()),
                cleaned.dateline(), authors, language, cleaned.paragraphs());
    }

    private static List<Block> jsonLdBlocks(String articleBody) {
        if (articleBody == null) return List.of();
        List<Block> blocks = new ArrayList<>();
        articleBody.lines().filter(line -> !line.isBlank()).forEach(line -> blocks.add(Block.text(line)));
        return blocks;
    }

    private static int textLength(List<Block> blocks) {
        int length = 0;
        for (Block block : blocks) length += block.text().length();
        return length;
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
