package org.dateline.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a page's main content: prunes furniture by tag and by class/id hints, cuts the rest into text blocks
 * (paragraphs, headings, list items, quotes, and text runs of div soup split at line breaks), scores each
 * element by the prose it holds minus the link-heavy and furniture text it holds, and keeps the blocks of
 * the best element. Linear in the page size (times its depth). Mutates the page it is given.
 */
final class MainContent {

    private static final String REMOVED_TAGS = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "button, input, select, textarea, nav, footer, aside, figure, figcaption, picture, video, audio, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alert]";
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "font", "i", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
            "var", "wbr", "del", "ins", "tt", "big", "strike", "nobr", "img", "#root", "td", "th");
    private static final Set<String> ITEM_TAGS = Set.of("li", "blockquote", "dd", "dt");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> NEVER_PRUNED = Set.of("html", "body", "main", "article");
    /** Class and id words of furniture that is never article text; matched as whole words of the attribute. */
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "(?:^|[^a-z0-9])(?:comments?|cmts?|disqus|share|sharing|social|related|recommended|recirc|ad|ads|adv|"
                    + "advert|advertisement|adslot|dfp|sponsor|sponsored|promo|promotion|newsletter|subscribe|"
                    + "subscription|signup|cookie|cookies|consent|gdpr|paywall|caption|outbrain|taboola|most-?read|"
                    + "more-stories|read-more|author-bio)(?:$|[^a-z0-9])");
    /** Class and id words of layout furniture, which some sites also put on the article's container. */
    private static final Pattern WEAK_NEGATIVE = Pattern.compile(
            "(?:^|[^a-z0-9])(?:nav|navbar|navigation|menu|footer|modal|popup|breadcrumbs?|sidebar|widget|tags?|"
                    + "banner|masthead|toolbar|trending|skip)(?:$|[^a-z0-9])");
    /** Class and id words of content, which keep an element with an otherwise negative hint. */
    private static final Pattern POSITIVE_WORD = Pattern.compile(
            "(?:^|[^a-z0-9])(?:article|body|content|main|story|text|post|entry|prose)(?:$|[^a-z0-9])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** An element holding this share of the page's text is content, whatever its strongly negative class says. */
    private static final double STRONG_PROTECTED_SHARE = 0.5;
    /** An element holding this share of the page's text is content despite a layout class. */
    private static final double WEAK_PROTECTED_SHARE = 0.2;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Blocks before the content that may hold its byline and date. */
    private static final int HEADER_BLOCKS = 8;
    /** Share of the best score an element needs to be chosen over a shallower, better-scoring one. */
    private static final double NEAR_BEST = 0.9;
    /** Share of the best score the page's declared article body needs to be taken as the content. */
    private static final double DECLARED_MIN_SHARE = 0.3;
    private static final double PROSE_MAX_LINK_DENSITY = 0.3;
    private static final int PROSE_MIN_WORDS = 10;
    private static final double TEASER_MIN_LINK_DENSITY = 0.2;
    private static final int PROSE_WORDS_WITHOUT_PUNCTUATION = 25;

    private MainContent() {
    }

    /** A text block as found, with the element it sits in and how much of it is link text. */
    private record RawBlock(String text, Block.Kind kind, Element container, int linkChars, boolean leadingLink) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    /**
     * The main content's blocks, and the few blocks just before it, where a byline or date line often
     * stands outside the content element.
     */
    record Content(List<Block> header, List<Block> body) {
    }

    static Content find(Document page) {
        Element body = page.body();
        if (body == null) return new Content(List.of(), List.of());
        page.select(REMOVED_TAGS).remove();
        pruneByHints(body);
        List<RawBlock> raw = collect(body);
        Element root = bestRoot(raw, body);
        List<Block> blocks = new ArrayList<>();
        int firstInRoot = -1;
        for (int i = 0; i < raw.size(); i++) {
            RawBlock block = raw.get(i);
            if (block.linkDensity() <= MAX_LINK_DENSITY && isInside(block.container(), root)) {
                if (firstInRoot < 0) firstInRoot = i;
                blocks.add(new Block(block.text(), block.kind()));
            }
        }
        List<Block> header = new ArrayList<>();
        for (int i = Math.max(0, firstInRoot - HEADER_BLOCKS); i < firstInRoot; i++) {
            header.add(new Block(raw.get(i).text(), raw.get(i).kind()));
        }
        return new Content(header, blocks);
    }

    private static void pruneByHints(Element body) {
        int pageText = body.text().length();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || NEVER_PRUNED.contains(element.normalName())) {
                    return FilterResult.CONTINUE;
                }
                if (HIDDEN_STYLE.matcher(element.attr("style")).find()) return FilterResult.REMOVE;
                String hints = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
                if (hints.isBlank()) return FilterResult.CONTINUE;
                boolean strong = STRONG_NEGATIVE.matcher(hints).find();
                boolean weak = !strong && WEAK_NEGATIVE.matcher(hints).find();
                if (!strong && !weak) return FilterResult.CONTINUE;
                boolean positive = POSITIVE_WORD.matcher(hints).find();
                // "entry-content-read-more": a content word with a furniture word is content if it is big.
                double protectedShare = positive ? (strong ? WEAK_PROTECTED_SHARE : 0)
                        : strong ? STRONG_PROTECTED_SHARE : WEAK_PROTECTED_SHARE;
                return element.text().length() >= protectedShare * pageText ? FilterResult.CONTINUE : FilterResult.REMOVE;
            }
        });
    }

    /** Cuts the tree into text blocks: one per block element's own text run, split at line breaks. */
    private static List<RawBlock> collect(Element body) {
        var collector = new BlockCollector();
        body.traverse(collector);
        collector.flush();
        return collector.blocks;
    }

    private static final class BlockCollector implements NodeVisitor {
        final List<RawBlock> blocks = new ArrayList<>();
        private final List<Element> open = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private boolean leadingLink;
        private boolean hasText;
        private int headingDepth;
        private int itemDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String value = textNode.text();
                if (!hasText && !value.isBlank()) {
                    hasText = true;
                    leadingLink = linkDepth > 0;
                }
                text.append(value);
                if (linkDepth > 0) linkChars += value.strip().length();
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (tag.equals("td") || tag.equals("th")) {
                    text.append(' ');
                } else if (!INLINE.contains(tag)) {
                    flush();
                    open.add(element);
                    if (HEADING_TAGS.contains(tag)) headingDepth++;
                    if (ITEM_TAGS.contains(tag)) itemDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) return;
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (!tag.equals("br") && !INLINE.contains(tag)) {
                flush();
                open.removeLast();
                if (HEADING_TAGS.contains(tag)) headingDepth--;
                if (ITEM_TAGS.contains(tag)) itemDepth--;
            }
        }

        void flush() {
            String value = BodyCleaner.collapseSpaces(text.toString());
            if (!value.isEmpty() && !open.isEmpty()) {
                Block.Kind kind = headingDepth > 0 ? Block.Kind.HEADING : itemDepth > 0 ? Block.Kind.ITEM : Block.Kind.TEXT;
                blocks.add(new RawBlock(value, kind, open.getLast(), Math.min(linkChars, value.length()), leadingLink));
            }
            text.setLength(0);
            linkChars = 0;
            leadingLink = false;
            hasText = false;
        }
    }

    /**
     * The element whose blocks are most prose and least furniture: each prose block adds its text to every
     * ancestor, each link-heavy or furniture block subtracts its text. Of the elements scoring nearly the
     * best, the deepest wins, so that a stray sentence in the page header does not pull in the whole page.
     */
    private static Element bestRoot(List<RawBlock> blocks, Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (RawBlock block : blocks) {
            double value = value(block);
            if (value == 0) continue;
            for (Element e = block.container(); e != null; e = e.parent()) {
                scores.merge(e, value, Double::sum);
                if (e == body) break;
            }
        }
        double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max <= 0) return body;
        Element declared = declaredBody(body, scores, max);
        if (declared != null) return declared;
        Element best = body;
        int bestDepth = -1;
        for (var entry : scores.entrySet()) {
            if (entry.getValue() < NEAR_BEST * max) continue;
            int depth = depth(entry.getKey());
            if (depth > bestDepth || (depth == bestDepth && entry.getValue() > scores.get(best))) {
                best = entry.getKey();
                bestDepth = depth;
            }
        }
        return best;
    }

    /** The element the page marks as the article body (schema.org), when it holds a fair share of the prose. */
    private static Element declaredBody(Element body, Map<Element, Double> scores, double max) {
        Element declared = null;
        double declaredScore = DECLARED_MIN_SHARE * max;
        for (Element element : body.select("[itemprop=articleBody]")) {
            double score = scores.getOrDefault(element, 0.0);
            if (score >= declaredScore) {
                declared = element;
                declaredScore = score;
            }
        }
        return declared;
    }

    private static int depth(Element element) {
        int depth = 0;
        for (Element e = element.parent(); e != null; e = e.parent()) depth++;
        return depth;
    }

    private static double value(RawBlock block) {
        double density = block.linkDensity();
        int words = LineRules.wordCount(block.text());
        // A linked headline followed by its summary is a teaser for another story, not prose.
        boolean teaser = block.leadingLink() && density >= TEASER_MIN_LINK_DENSITY;
        boolean prose = !teaser && density <= PROSE_MAX_LINK_DENSITY && words >= PROSE_MIN_WORDS
                && (LineRules.endsSentence(block.text()) || words >= PROSE_WORDS_WITHOUT_PUNCTUATION);
        if (prose) return block.text().length() * (1 - density);
        if (density > MAX_LINK_DENSITY || LineRules.isFurniture(block.text())) return -block.text().length();
        return 0;
    }

    private static boolean isInside(Element element, Element root) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == root) return true;
        }
        return false;
    }
}
