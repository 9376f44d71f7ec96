package org.dateline.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a page states in its markup: title, publication date, authors, outlet, language, URL and
 * the JSON-LD article body. Publication is preferred over modification everywhere. Pure function of the page.
 *
 * @param articleBody the JSON-LD articleBody as plain text, or null
 */
record PageMetadata(String title, String published, List<String> authors, String outlet, String language,
                    String url, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> AUTHOR_KEYS = List.of(
            "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:»-]\\s+|\\s+::\\s+");
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i)article|posting|report|story");
    private static final String BYLINE_SELECTOR = "[class*=byline], [class*=author], [class*=date], [class*=time], "
            + "[class*=meta], [class*=publish], [class*=posted], [class*=dateline]";
    private static final int MAX_BYLINE_CHARS = 300;
    private static final int MAX_BYLINE_ELEMENTS = 30;
    private static final String HEADLINE_SELECTOR = "h1, h2, [class*=headline], [class*=title]";
    private static final int MAX_HEADLINE_CANDIDATES = 40;
    private static final double MIN_HEADLINE_OVERLAP = 0.4;

    static PageMetadata read(Document page, String givenUrl) {
        Map<String, String> metas = metas(page);
        List<JsonNode> jsonLd = jsonLd(page);
        JsonNode article = findArticle(jsonLd, 0);
        String outlet = first(metas.get("og:site_name"), name(article == null ? null : article.get("publisher")),
                metas.get("application-name"));
        String title = first(stripSiteSuffix(metas.get("og:title"), outlet), stripSiteSuffix(metas.get("twitter:title"), outlet),
                text(article, "headline"));
        if (title == null) title = visibleHeadline(page, titleFromTitleTag(page.title(), outlet));
        String url = pageUrl(page, metas, givenUrl);
        String published = PublicationDate.find(page, metas, jsonLd, article, url);
        return new PageMetadata(title, published, authors(page, metas, article), outlet, language(page, metas),
                blankToNull(url), articleBody(article));
    }

    /** Only the publication date of {@link #read}, for callers that need nothing else. */
    static String publicationDate(Document page, String givenUrl) {
        Map<String, String> metas = metas(page);
        List<JsonNode> jsonLd = jsonLd(page);
        return PublicationDate.find(page, metas, jsonLd, findArticle(jsonLd, 0), pageUrl(page, metas, givenUrl));
    }

    private static String pageUrl(Document page, Map<String, String> metas, String givenUrl) {
        return first(givenUrl, page.select("link[rel=canonical]").attr("abs:href"), metas.get("og:url"));
    }

    private static Map<String, String> metas(Document page) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) metas.putIfAbsent(key, content);
            }
        }
        return metas;
    }

    /** Every JSON-LD block of the page that parses. */
    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> roots = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                roots.add(JSON.readTree(script.data()));
            } catch (JacksonException e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return roots;
    }

    /** The first JSON-LD object whose type is an article, looking into arrays and @graph. */
    private static JsonNode findArticle(Iterable<JsonNode> nodes, int depth) {
        for (JsonNode item : nodes) {
            JsonNode found = findArticle(item, depth + 1);
            if (found != null) return found;
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) return null;
        if (node.isArray()) return findArticle((Iterable<JsonNode>) node, depth);
        if (!node.isObject()) return null;
        JsonNode type = node.get("@type");
        if (type != null && ARTICLE_TYPE.matcher(type.toString()).find()) return node;
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static List<Element> bylineElements(Document page) {
        List<Element> elements = new ArrayList<>();
        for (Element element : page.select(BYLINE_SELECTOR)) {
            if (element.text().length() <= MAX_BYLINE_CHARS) elements.add(element);
            if (elements.size() >= MAX_BYLINE_ELEMENTS) break;
        }
        return elements;
    }

    /**
     * The page's visible headline: the heading whose words best match (F1) the title tag's (which often shortens or
     * rewords it), else the first substantial h1, else the title tag itself.
     */
    private static String visibleHeadline(Document page, String titleTag) {
        Set<String> tagWords = titleTag == null ? Set.of() : LineRules.wordSet(titleTag);
        String best = null;
        double bestOverlap = MIN_HEADLINE_OVERLAP;
        String firstH1 = null;
        int seen = 0;
        for (Element element : page.select(HEADLINE_SELECTOR)) {
            if (++seen > MAX_HEADLINE_CANDIDATES) break;
            String text = element.text().strip();
            int wordCount = LineRules.wordCount(text);
            if (wordCount < 3 || wordCount > 30) continue;
            if (firstH1 == null && element.normalName().equals("h1")) firstH1 = text;
            if (tagWords.isEmpty()) continue;
            Set<String> words = LineRules.wordSet(text);
            long shared = words.stream().filter(tagWords::contains).count();
            double overlap = shared == 0 ? 0 : 2.0 * shared / (words.size() + tagWords.size());
            if (overlap > bestOverlap) {
                best = text;
                bestOverlap = overlap;
            }
        }
        return first(best, firstH1, titleTag);
    }

    private static List<String> authors(Document page, Map<String, String> metas, JsonNode article) {
        Set<String> authors = new LinkedHashSet<>();
        JsonNode author = article == null ? null : article.get("author");
        if (author != null) {
            for (JsonNode one : author.isArray() ? author : List.of(author)) {
                addNames(authors, one.isTextual() ? one.asText() : name(one));
            }
        }
        if (authors.isEmpty()) {
            for (String key : AUTHOR_KEYS) {
                addNames(authors, metas.get(key));
                if (!authors.isEmpty()) break;
            }
        }
        if (authors.isEmpty()) {
            for (Element element : page.select("[rel=author], [itemprop=author]")) addNames(authors, element.text());
        }
        if (authors.isEmpty()) {
            for (Element element : bylineElements(page)) {
                List<String> byline = LineRules.bylineAuthors(element.text());
                if (byline != null) {
                    authors.addAll(byline);
                    break;
                }
            }
        }
        return List.copyOf(authors);
    }

    private static void addNames(Set<String> into, String value) {
        if (value == null || value.isBlank() || value.contains("://") || value.startsWith("@")) return;
        into.addAll(LineRules.names(value.strip().replaceFirst("(?i)^by\\s+", "")));
    }

    private static String language(Document page, Map<String, String> metas) {
        String declared = first(page.select("html[lang]").attr("lang"), metas.get("content-language"),
                metas.get("og:locale"), metas.get("inlanguage"));
        if (declared == null) return null;
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    private static String articleBody(JsonNode article) {
        String body = text(article, "articleBody");
        if (body == null) return null;
        return body.contains("<") ? org.jsoup.Jsoup.parse(body).wholeText() : body;
    }

    /** A "Title | Site" title tag without the site: the part naming the outlet, else the longest part. */
    private static String titleFromTitleTag(String title, String outlet) {
        if (title == null || title.isBlank()) return null;
        String stripped = stripSiteSuffix(title, outlet);
        if (!stripped.equals(title.strip())) return stripped;
        String longest = null;
        for (String part : TITLE_SEPARATOR.split(title)) {
            if (longest == null || part.strip().length() > longest.length()) longest = part.strip();
        }
        return longest;
    }

    private static String stripSiteSuffix(String title, String outlet) {
        if (title == null || title.isBlank()) return null;
        String strip = title.strip();
        if (outlet == null) return strip;
        String[] parts = TITLE_SEPARATOR.split(strip);
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.strip().equalsIgnoreCase(outlet.strip())) kept.add(part);
        }
        return kept.isEmpty() || kept.size() == parts.length ? strip : String.join(" - ", kept).strip();
    }

    private static String name(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) return node.isEmpty() ? null : name(node.get(0));
        if (node.isTextual()) return blankToNull(node.asText());
        return text(node, "name");
    }

    /** A JSON-LD field's text (the first, when it is an array), or null. */
    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) value = value.get(0);
        return value != null && value.isValueNode() ? blankToNull(value.asText()) : null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) return value.strip();
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
