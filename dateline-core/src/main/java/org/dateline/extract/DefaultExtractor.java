package org.dateline.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;

/**
 * Extracts articles from HTML pages and plain text, each with its own extractor; values the input record
 * states (title, publication date, URL) win over extracted ones. Never throws for bad content: a page that
 * cannot be read gives an article with no paragraphs. Thread-safe.
 */
public final class DefaultExtractor implements Extractor {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Extractor html;
    private final Extractor text;

    public DefaultExtractor() {
        this.text = new PlainTextExtractor();
        this.html = new HtmlExtractor();
    }

    @Override
    public ExtractedArticle extract(RawDocument document) {
        ExtractedArticle extracted;
        try {
            extracted = document.format() == RawDocument.Format.HTML ? html.extract(document)
                    : keepCleanTextVerbatim(text.extract(document), document.content());
        } catch (RuntimeException | StackOverflowError e) {
            extracted = new ExtractedArticle(document.id(), document.source(), null, null, null, null, null,
                    List.of(), null, List.of());
        }
        return withRecordValues(extracted, document);
    }

    /**
     * Plain text that held no junk and no broken lines comes out exactly as it went in, line breaks
     * included, so that offsets a user computed on their own text stay valid. When extraction removed a line
     * or joined lines, the body takes the normalised paragraph form.
     */
    private static ExtractedArticle keepCleanTextVerbatim(ExtractedArticle extracted, String original) {
        if (!extracted.hasBody() || extracted.text().equals(original)
                || extracted.paragraphs().size() != nonBlankLines(original)
                || !words(extracted.text()).equals(words(original))) {
            return extracted;
        }
        return new ExtractedArticle(extracted.id(), extracted.source(), extracted.url(), extracted.title(),
                extracted.published(), extracted.outlet(), extracted.dateline(), extracted.authors(),
                extracted.language(), List.of(original));
    }

    private static long nonBlankLines(String text) {
        return text.lines().filter(line -> !line.isBlank()).count();
    }

    private static String words(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static ExtractedArticle withRecordValues(ExtractedArticle a, RawDocument d) {
        return new ExtractedArticle(d.id(), d.source(), firstOf(d.url(), a.url()), firstOf(d.title(), a.title()),
                firstOf(d.published(), a.published()), a.outlet(), a.dateline(), a.authors(), a.language(), a.paragraphs());
    }

    private static String firstOf(String given, String extracted) {
        return given != null && !given.isBlank() ? given : extracted;
    }
}
