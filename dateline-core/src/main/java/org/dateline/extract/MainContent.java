package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashSet;
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

    /** Elements that are never article text, whatever they hold. */
    private static final Set<String> REMOVED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "nav", "footer", "aside", "figure",
            "figcaption", "picture", "video", "audio");
    private static final Set<String> REMOVED_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alert");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "font", "i", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
            "var", "wbr", "del", "ins", "tt", "big", "strike", "nobr", "img", "#root", "td", "th");
    private static final Set<String> ITEM_TAGS = Set.of("li", "blockquote", "dd", "dt");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> NEVER_PRUNED = Set.of("html", "body", "main", "article");
    /**
     * Class and id words of furniture that is never article text; matched against the attribute's words (split
     * at anything but letters and digits) and against each two neighbouring words joined by a hyphen.
     */
    private static final Set<String> STRONG_NEGATIVE = Set.of("comment", "comments", "cmt", "cmts", "disqus", "share",
            "sharing", "social", "related", "recommended", "recirc", "ad", "ads", "adv", "advert", "advertisement",
            "adslot", "dfp", "sponsor", "sponsored", "promo", "promotion", "newsletter", "subscribe", "subscription",
            "signup", "cookie", "cookies", "consent", "gdpr", "paywall", "caption", "outbrain", "taboola", "mostread",
            "most-read", "more-stories", "more-news", "more-posts", "related-posts", "relatedposts", "read-more",
            "read-next", "up-next", "author-bio", "excerpt", "teaser", "key-points", "keypoints");
    /** Class and id words of layout furniture, which some sites also put on the article's container. */
    private static final Set<String> WEAK_NEGATIVE = Set.of("nav", "navbar", "navigation", "menu", "footer", "modal",
            "popup", "breadcrumb", "breadcrumbs", "sidebar", "widget", "tag", "tags", "banner", "masthead", "toolbar",
            "trending", "skip");
    /** Class and id words of content, which keep an element with an otherwise negative hint. */
    private static final Set<String> POSITIVE_WORD = Set.of("article", "body", "content", "main", "story", "text", "post",
            "entry", "prose");
    private static final Pattern BARE_URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** An element holding this share of the page's text is content, whatever its strongly negative class says. */
    private static final double STRONG_PROTECTED_SHARE = 0.5;
    /** An element holding this share of the page's text is content despite a layout class. */
    private static final double WEAK_PROTECTED_SHARE = 0.2;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A sentence that does not open with a link is kept with up to this share of linked words. */
    private static final double SENTENCE_MAX_LINK_DENSITY = 0.8;
    /** Blocks before the content that may hold its byline and date. */
    private static final int HEADER_BLOCKS = 8;
    /** Share of the best score an element needs to be chosen over a shallower, better-scoring one. */
    private static final double NEAR_BEST = 0.9;
    /** Share of the best score the page's declared article body needs to be taken as the content. */
    private static final double DECLARED_MIN_SHARE = 0.3;
    private static final double PROSE_MAX_LINK_DENSITY = 0.3;
    /** Below this much prose, a page's short lines of plain text count as content when finding it. */
    private static final double SHORT_LINES_BELOW = 300;
    private static final int SHORT_LINE_MIN_WORDS = 3;
    private static final int PROSE_MIN_WORDS = 10;
    private static final double TEASER_MIN_LINK_DENSITY = 0.2;
    private static final int PROSE_WORDS_WITHOUT_PUNCTUATION = 25;
    /** An inline element of a paragraph with this many links, nearly all its text, is a card of links. */
    private static final int CARD_MIN_LINKS = 3;
    private static final double CARD_MIN_LINK_SHARE = 0.8;

    private MainContent() {
    }

    /** A text block as found, with the element it sits in, its score, and whether the content keeps it. */
    private record RawBlock(String text, Block.Kind kind, Element container, double value, boolean keep) {
        static RawBlock of(String text, Block.Kind kind, Element container, int linkChars, boolean leadingLink) {
            double density = text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
            return new RawBlock(text, kind, container, score(text, density, leadingLink), keeps(text, density, leadingLink));
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
        prune(body);
        removeLinkCards(body);
        List<RawBlock> raw = collect(body);
        Element root = bestRoot(raw, body);
        List<Block> blocks = new ArrayList<>();
        int firstInRoot = -1;
        Set<String> proseKinds = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            RawBlock block = raw.get(i);
            if (!isInside(block.container(), root)) continue;
            if (!proseKinds.isEmpty() && LineRules.isRelatedLabel(block.text()) && !proseGoesOn(raw, i, root, proseKinds)) break;
            if (block.keep()) {
                if (firstInRoot < 0) firstInRoot = i;
                blocks.add(new Block(block.text(), block.kind()));
                if (isProse(block)) proseKinds.add(containerKind(block.container()));
            }
        }
        List<Block> header = new ArrayList<>();
        for (int i = Math.max(0, firstInRoot - HEADER_BLOCKS); i < firstInRoot; i++) {
            header.add(new Block(raw.get(i).text(), raw.get(i).kind()));
        }
        return new Content(header, blocks);
    }

    /**
     * Whether the article goes on after a "You may also like" label at {@code label}: some pages put such a
     * box of links mid-article. It does when later prose sits in the same kind of element as the prose
     * before; teasers of other stories sit in elements of their own kind.
     */
    private static boolean proseGoesOn(List<RawBlock> raw, int label, Element root, Set<String> proseKinds) {
        for (int i = label + 1; i < raw.size(); i++) {
            RawBlock block = raw.get(i);
            if (isInside(block.container(), root) && isProse(block) && proseKinds.contains(containerKind(block.container()))) {
                return true;
            }
        }
        return false;
    }

    /** The tag of a block's element with its parent's tag and class: what kind of element the text sits in. */
    private static String containerKind(Element container) {
        Element parent = container.parent();
        return container.normalName() + "<" + (parent == null ? "" : parent.normalName() + "." + parent.className());
    }

    /**
     * Removes the link cards some pages nest inside running text (a person's name that opens a box of links
     * to other stories): an inline element of a paragraph that holds several links and little else. Deepest
     * first, so that a card's removal does not make the span around the whole sentence look like one.
     */
    private static void removeLinkCards(Element body) {
        for (Element paragraph : body.getElementsByTag("p")) {
            if (paragraph.getElementsByTag("a").size() < CARD_MIN_LINKS) continue;
            int paragraphChars = paragraph.text().length();
            List<Element> spans = paragraph.getElementsByTag("span");
            for (Element span : spans.reversed()) {
                if (span.getElementsByTag("a").size() < CARD_MIN_LINKS) continue;
                int chars = span.text().length();
                if (chars >= paragraphChars || chars == 0) continue;
                int linkChars = 0;
                for (Element link : span.getElementsByTag("a")) linkChars += link.text().length();
                if (linkChars >= CARD_MIN_LINK_SHARE * chars) {
                    span.remove();
                    paragraphChars = paragraph.text().length();
                }
            }
        }
    }

    /** Removes furniture: by tag, role and hidden state, then by class and id words. */
    private static void prune(Element body) {
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element element && isNeverText(element) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        });
        // The share of the page an element holds is measured on the text that is left.
        int pageText = body.text().length();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) return FilterResult.CONTINUE;
                if (NEVER_PRUNED.contains(element.normalName()) || isQuoteEmbed(element)) return FilterResult.CONTINUE;
                if (HIDDEN_STYLE.matcher(element.attr("style")).find()) return FilterResult.REMOVE;
                String className = element.className();
                String id = element.id();
                if (className.isEmpty() && id.isEmpty()) return FilterResult.CONTINUE;
                List<String> hints = hintWords(className + " " + id);
                boolean strong = hasAny(hints, STRONG_NEGATIVE);
                boolean weak = !strong && hasAny(hints, WEAK_NEGATIVE);
                if (!strong && !weak) return FilterResult.CONTINUE;
                boolean positive = hasAny(hints, POSITIVE_WORD);
                // "entry-content-read-more": a content word with a furniture word is content if it is big.
                double protectedShare = positive ? (strong ? WEAK_PROTECTED_SHARE : 0)
                        : strong ? STRONG_PROTECTED_SHARE : WEAK_PROTECTED_SHARE;
                return element.text().length() >= protectedShare * pageText ? FilterResult.CONTINUE : FilterResult.REMOVE;
            }
        });
    }

    private static boolean isNeverText(Element element) {
        return REMOVED_TAGS.contains(element.normalName()) || element.hasAttr("hidden")
                || element.attr("aria-hidden").equalsIgnoreCase("true")
                || (element.hasAttr("role") && REMOVED_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT)));
    }

    /**
     * The lower-case words of class and id attributes, split at anything but ASCII letters and digits and
     * inside camel case ("InlineImage-imageEmbedCaption" gives inline, image, image, embed, caption).
     */
    private static List<String> hintWords(String attributes) {
        List<String> words = new ArrayList<>(4);
        int start = -1;
        char previous = ' ';
        for (int i = 0; i <= attributes.length(); i++) {
            char c = i < attributes.length() ? attributes.charAt(i) : ' ';
            boolean upper = c >= 'A' && c <= 'Z';
            boolean wordChar = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean camelBoundary = upper && previous >= 'a' && previous <= 'z';
            if (start >= 0 && (!wordChar || camelBoundary)) {
                words.add(attributes.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (wordChar && start < 0) start = i;
            previous = c;
        }
        return words;
    }

    /** Whether a word, or two neighbouring words joined by a hyphen, is in the set. */
    private static boolean hasAny(List<String> words, Set<String> set) {
        for (int i = 0; i < words.size(); i++) {
            if (set.contains(words.get(i))) return true;
            if (i + 1 < words.size() && set.contains(words.get(i) + "-" + words.get(i + 1))) return true;
        }
        return false;
    }

    /**
     * An embedded post (tweet, Instagram caption) quoted in the article: a blockquote, or a wrapper holding
     * only one, which pages mark with "social" or "embed" classes but whose text is part of the story.
     */
    private static boolean isQuoteEmbed(Element element) {
        if (element.normalName().equals("blockquote")) return true;
        Element quote = null;
        for (Element child : element.children()) {
            if (quote != null || !child.normalName().equals("blockquote")) return false;
            quote = child;
        }
        return quote != null;
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
        /** A link opened or closed since the last text: where it meets text of another script, a space goes in. */
        private boolean linkEdge;
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
                if (linkEdge && !value.isEmpty() && !text.isEmpty() && scriptChanges(text, value)) text.append(' ');
                if (!value.isEmpty()) linkEdge = false;
                text.append(value);
                if (linkDepth > 0) linkChars += value.strip().length();
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("a")) {
                    linkDepth++;
                    linkEdge = true;
                } else if (tag.equals("td") || tag.equals("th")) {
                    text.append(' ');
                } else if (!isInline(tag)) {
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
                linkEdge = true;
            } else if (!tag.equals("br") && !isInline(tag)) {
                flush();
                open.removeLast();
                if (HEADING_TAGS.contains(tag)) headingDepth--;
                if (ITEM_TAGS.contains(tag)) itemDepth--;
            }
        }

        /**
         * Whether a link's words meet the words around it in another script ("アプリ" and "Kindle"): the page
         * shows them apart, while a link on part of a word ("MacBook" and "s") stays one word.
         */
        private static boolean scriptChanges(CharSequence before, String after) {
            int last = Character.codePointBefore(before, before.length());
            int first = after.codePointAt(0);
            return Character.isLetter(last) && Character.isLetter(first)
                    && Character.UnicodeScript.of(last) != Character.UnicodeScript.of(first);
        }

        void flush() {
            String value = BodyCleaner.collapseSpaces(text.toString());
            if (!value.isEmpty() && !open.isEmpty()) {
                Block.Kind kind = headingDepth > 0 ? Block.Kind.HEADING : itemDepth > 0 ? Block.Kind.ITEM : Block.Kind.TEXT;
                blocks.add(RawBlock.of(value, kind, open.getLast(), Math.min(linkChars, value.length()), leadingLink));
            }
            text.setLength(0);
            linkChars = 0;
            leadingLink = false;
            hasText = false;
        }
    }

    /**
     * Inline markup; custom elements ("hl-trusted-source" around a reference link) count as inline, as they
     * mostly wrap words in running text, while the paragraphs inside a custom container still make blocks.
     */
    private static boolean isInline(String tag) {
        return INLINE.contains(tag) || tag.indexOf('-') > 0;
    }

    /**
     * The element whose blocks are most prose and least furniture: each prose block adds its text to every
     * ancestor, each link-heavy or furniture block subtracts its text. Of the elements scoring nearly the
     * best, the deepest wins, so that a stray sentence in the page header does not pull in the whole page.
     */
    private static Element bestRoot(List<RawBlock> blocks, Element body) {
        Map<Element, Double> scores = scores(blocks, body, false);
        double max = max(scores);
        // A page of lists and short lines (a calendar, a results table) has little prose to find it by.
        if (max < SHORT_LINES_BELOW) {
            scores = scores(blocks, body, true);
            max = max(scores);
        }
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

    /** Each element's score: the sum of its blocks' values, short lines of plain text counted as prose or not. */
    private static Map<Element, Double> scores(List<RawBlock> blocks, Element body, boolean shortLinesCount) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (RawBlock block : blocks) {
            double value = shortLinesCount && block.value() == 0 && isShortLine(block.text()) ? block.text().length()
                    : block.value();
            if (value == 0) continue;
            for (Element e = block.container(); e != null; e = e.parent()) {
                scores.merge(e, value, Double::sum);
                if (e == body) break;
            }
        }
        return scores;
    }

    private static double max(Map<Element, Double> scores) {
        return scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /**
     * A line of a list or table written out as text: a few words. Only blocks of value 0 are asked, which are
     * neither link-heavy nor furniture.
     */
    private static boolean isShortLine(String text) {
        return LineRules.wordCount(text) >= SHORT_LINE_MIN_WORDS;
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

    private static boolean isProse(RawBlock block) {
        return block.value() > 0;
    }

    /**
     * Whether a block of the content is kept: little link text; or a sentence that links some of its words but
     * does not open with a link (a teaser does); or a link written out as its address, which is cited text.
     */
    private static boolean keeps(String text, double density, boolean leadingLink) {
        if (density <= MAX_LINK_DENSITY) return true;
        boolean linkingSentence = !leadingLink && density <= SENTENCE_MAX_LINK_DENSITY
                && LineRules.wordCount(text) >= PROSE_MIN_WORDS && LineRules.endsSentence(text);
        return linkingSentence || BARE_URL.matcher(text).matches();
    }

    /** A block's score: its text length when it is prose, minus that when it is link-heavy or furniture, else 0. */
    private static double score(String text, double density, boolean leadingLink) {
        int words = LineRules.wordCount(text);
        // A linked headline followed by its summary is a teaser for another story, not prose.
        boolean teaser = leadingLink && density >= TEASER_MIN_LINK_DENSITY;
        boolean prose = !teaser && density <= PROSE_MAX_LINK_DENSITY && words >= PROSE_MIN_WORDS
                && (LineRules.endsSentence(text) || words >= PROSE_WORDS_WITHOUT_PUNCTUATION);
        if (prose) return text.length() * (1 - density);
        // A link written out as its address is cited in the text, not a menu entry.
        if (BARE_URL.matcher(text).matches()) return 0;
        if (density > MAX_LINK_DENSITY || LineRules.isFurniture(text)) return -text.length();
        return 0;
    }

    private static boolean isInside(Element element, Element root) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == root) return true;
        }
        return false;
    }
}
