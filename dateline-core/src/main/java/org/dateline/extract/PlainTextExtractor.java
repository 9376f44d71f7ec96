package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;

/**
 * Extracts an article from scraped plain text: every non-blank line is a candidate paragraph, classified by
 * {@link BodyCleaner}. The first headline-like line is the title unless the input record gives one.
 *
 * <p>Text that holds no boilerplate comes out exactly as it went in, its title, date and dateline lines and
 * line breaks included, so that offsets computed on the caller's text stay valid; what those lines state is
 * still taken as metadata. Text whose only boilerplate is at its end (a contributor note, a tag list) keeps
 * the rest verbatim.
 */
final class PlainTextExtractor implements Extractor {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public ExtractedArticle extract(RawDocument document) {
        String content = document.content();
        List<Block> blocks = new ArrayList<>();
        List<Integer> lineEnds = new ArrayList<>();
        for (int start = 0; start <= content.length(); ) {
            int newline = content.indexOf('\n', start);
            int end = newline < 0 ? content.length() : newline;
            String line = content.substring(start, end);
            if (!line.isBlank()) {
                blocks.add(Block.text(line));
                lineEnds.add(end);
            }
            if (newline < 0) break;
            start = newline + 1;
        }
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(blocks, document.title());
        List<String> paragraphs = verbatimWherePossible(content, blocks, lineEnds, cleaned, document.title());
        return new ExtractedArticle(document.id(), document.source(), document.url(), cleaned.title(),
                cleaned.published(), cleaned.outlet(), cleaned.dateline(), cleaned.authors(),
                LanguageGuesser.guess(cleaned.paragraphs()), paragraphs);
    }

    private static List<String> verbatimWherePossible(String content, List<Block> blocks, List<Integer> lineEnds,
                                                      BodyCleaner.Cleaned cleaned, String title) {
        if (cleaned.paragraphs().isEmpty()) return cleaned.paragraphs();
        if (!cleaned.droppedBoilerplate()) return List.of(content);
        // The body ends at the last line its last paragraph still holds; is everything after that line all the
        // boilerplate there was?
        String lastParagraph = cleaned.paragraphs().getLast();
        int kept = blocks.size();
        while (kept > 0 && !lastParagraph.contains(BodyCleaner.collapseSpaces(blocks.get(kept - 1).text()).strip())) kept--;
        if (kept == 0 || kept == blocks.size()) return cleaned.paragraphs();
        BodyCleaner.Cleaned head = BodyCleaner.clean(blocks.subList(0, kept), title);
        if (head.droppedBoilerplate() || !words(head.paragraphs()).equals(words(cleaned.paragraphs()))) {
            return cleaned.paragraphs();
        }
        return List.of(content.substring(0, lineEnds.get(kept - 1)));
    }

    private static String words(List<String> paragraphs) {
        return WHITESPACE.matcher(String.join(" ", paragraphs)).replaceAll(" ").strip();
    }
}
