package org.dateline.extract;

import java.util.List;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.PublishedDates;
import org.dateline.model.RawDocument;

/**
 * Extracts articles from HTML pages and plain text, each with its own extractor; values the input record
 * states (title, publication date, URL) win over extracted ones. Never throws for bad content: a page that
 * cannot be read gives an article with no paragraphs. Thread-safe.
 */
public final class DefaultExtractor implements Extractor {

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
            extracted = document.format() == RawDocument.Format.HTML ? html.extract(document) : text.extract(document);
        } catch (RuntimeException | StackOverflowError e) {
            extracted = new ExtractedArticle(document.id(), document.source(), null, null, null, null, null,
                    List.of(), null, List.of());
        }
        return withRecordValues(extracted, document);
    }

    private static ExtractedArticle withRecordValues(ExtractedArticle a, RawDocument d) {
        return new ExtractedArticle(d.id(), d.source(), firstOf(d.url(), a.url()), firstOf(d.title(), a.title()),
                firstOf(recordDate(d.published()), a.published()), a.outlet(), a.dateline(), a.authors(), a.language(),
                a.paragraphs());
    }

    /**
     * A record's publication date as the model carries it: ISO-8601 as given, another written form ("March 22,
     * 2013", "Fri, 22 Mar 2013 10:30:00 GMT") in ISO-8601, and a value no date can be read from as it is.
     */
    private static String recordDate(String published) {
        if (published == null || PublishedDates.day(published) != null) return published;
        String iso = DateParser.normalize(published);
        return iso != null ? iso : published;
    }

    private static String firstOf(String given, String extracted) {
        return given != null && !given.isBlank() ? given : extracted;
    }
}
