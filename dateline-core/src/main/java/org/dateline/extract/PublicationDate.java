package org.dateline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds when a page was published. A full date in the URL wins (with the time another source gives that day), unless
 * the markup states a publication a day or two later whose day is the same in every zone (the URL names the day the
 * piece was filed). Otherwise the markup's candidates, most reliable first: the JSON-LD or meta publication date, the
 * date the page marks as published (classes, {@code <time>}, date lines; not in comments nor in teasers or side
 * matter), then a creation or modification date; a year and month in the URL keep only the candidates of that month.
 * The first candidate that the page's text also shows near its top wins, else the first. A page without any is dated
 * by the date line above or under its headline, else by a date in side matter, else by its preview image's folder.
 * Dates marked as updates lose throughout; dates before {@link #EARLIEST} or after tomorrow are ignored. Pure function
 * of the page and today's date.
 */
final class PublicationDate {

    /** The web's news pages start here; an older date on a page is about something else. */
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** Meta names and properties that state the publication date, most specific first. */
    private static final List<String> PUBLISHED_KEYS = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "article.published", "parsely-pub-date", "sailthru.date", "publishdate", "publish-date", "publish_date",
            "pubdate", "date_published", "published_time", "published-date", "original-publish-date",
            "article:published", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
            "citation_publication_date", "citation_date", "dc.date", "dcterms.date", "date", "datecreated",
            "article.created", "created", "creation_date", "release_date", "pub_date", "displaydate", "og:pubdate",
            "bt:pubdate", "cxenseparse:recs:publishtime", "sailthru.date.published", "dc.date.available");
    /** Meta names that state a modification: a fallback when the page states nothing about publication. */
    private static final List<String> MODIFIED_KEYS = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "article:modified", "last-modified",
            "lastmod", "dcterms.modified", "dc.date.modified", "revised");
    /** JSON-LD types whose datePublished dates the page (not an author's profile or an image). */
    private static final Pattern PAGE_TYPE = Pattern.compile("(?i)article|posting|report|story|blog|webpage|"
            + "creativework|review|recipe|video|event");

    /** Year, month and day in a URL: "/2019/06/26/", "/2019-06-26", "-20190626", "_2019_06_26". */
    private static final Pattern URL_YMD = Pattern.compile(
            "(?<![\\d])((?:199|20[0-4])\\d)([/_.-]?)(0[1-9]|1[0-2]|[1-9](?=\\D))\\2"
            + "(0[1-9]|[12]\\d|3[01]|[1-9](?=\\D))(?!\\d)");
    /** Year and month as folders of a URL's path: "/2019/10/". */
    private static final Pattern URL_YM = Pattern.compile("/((?:199|20[0-4])\\d)/(0[1-9]|1[0-2]|[1-9])/");
    /** Day, month and year in a URL: "/29-10-2021", "-29.10.2021". */
    private static final Pattern URL_DMY = Pattern.compile(
            "(?<![\\d])(0[1-9]|[12]\\d|3[01])([._-])(0[1-9]|1[0-2])\\2((?:199|20[0-4])\\d)(?!\\d)");

    /** Classes, ids and item properties of elements that state the publication date. */
    private static final Pattern PUBLISH_HINT = Pattern.compile(
            "(?i)publish|pubdate|date-?pub|posted|created|erschienen|veroeffentlicht|fecha|datum|entry-date|"
            + "article-?date|post-?date|story-?date|news-?date|date-?line|dateline|meta-?date|byline");
    /** Classes, ids and item properties of elements that may hold a date. */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|datum|fecha|data|zeit|meta|byline|publi|posted");
    private static final Pattern DATE_ID = Pattern.compile("(?i)date|time|publi|datum");
    private static final Pattern DATE_ITEMPROP = Pattern.compile("(?i)date");
    /** Words marking a date as an update or modification, in the page's languages. */
    private static final Pattern NOT_PUBLICATION = Pattern.compile(
            "(?i)updat|modif|edit|revis|aktualisiert|geändert|mis à jour|actualiz|aggiorn|bijgewerkt|atualiz|"
            + "last[ -]?change|zuletzt");
    /** Readers' comments, whose dates are never the page's. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|reply|respond|kommentar");
    /** Teasers of other articles, side and foot matter: their dates count only when the page shows no other. */
    private static final Pattern SIDE_MATTER = Pattern.compile(
            "(?i)teaser|related|sidebar|widget|recent|popular|footer|breadcrumb|ticker");
    private static final Set<String> SIDE_TAGS = Set.of("aside", "nav", "footer");
    private static final int MAX_LINE_CHARS = 250;
    /** UTC hours that are the same calendar day from UTC-8 to UTC+9. */
    private static final int UTC_SAME_DAY_FROM = 8;
    private static final int UTC_SAME_DAY_UNTIL = 15;
    /** How many days a URL's date may precede the publication it names. */
    private static final int FILED_BEFORE_DAYS = 2;
    private static final int MAX_DATE_ELEMENTS = 60;
    private static final int UPDATE_CUE_REACH = 25;
    /** How many of the first dates a page's text shows count as shown near its top. */
    private static final int SHOWN_DATES = 10;
    /**
     * A publication date in a script's JSON that is not JSON-LD (page state, app data). Scripts without any of
     * {@link #SCRIPT_KEY_PARTS} are skipped unread: the search is costly on large scripts.
     */
    private static final Pattern SCRIPT_PUBLISHED = Pattern.compile(
            "\\\\?\"(?:datePublished|published_?[aA]t|publish(?:ed)?_?[dD]ate|pub_?[dD]ate|date_?[pP]ublished|"
            + "first_?[pP]ublished(?:_?[aA]t)?)\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]{8,40})");
    /** Some part of every key {@link #SCRIPT_PUBLISHED} reads. */
    private static final List<String> SCRIPT_KEY_PARTS = List.of("ublish", "ub_", "ubDate", "ubdate");

    private PublicationDate() {
    }

    /**
     * The page's publication date in ISO-8601 at the precision it is stated, or null. Of the dates the markup states,
     * the most reliable one that the page's text also shows wins: pages often state in markup a date they do not show
     * (a creation or a UTC date) next to the one their readers see.
     */
    static String find(Document page, Map<String, String> metas, List<JsonNode> jsonLd, JsonNode article, String url) {
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        List<String> stated = statedPublications(page, metas, jsonLd, article, latest);
        String statedDay = stated.isEmpty() ? null : unambiguousDay(stated.getFirst());
        MarkedDates marked = markedInPage(page, latest);
        add(stated, marked.own());
        add(stated, modifiedDate(metas, article, latest));
        String fromUrl = urlDate(url, latest);
        if (fromUrl != null && statedDay != null && publishedDaysAfter(fromUrl, statedDay)) return stated.getFirst();
        if (fromUrl != null) return sameDay(stated, fromUrl);
        String urlMonth = urlMonth(url);
        if (urlMonth != null && stated.stream().anyMatch(date -> date.startsWith(urlMonth))) {
            stated.removeIf(date -> !date.startsWith(urlMonth));
        }
        String text = page.body() == null ? page.text() : page.body().text();
        List<String> shown = textDates(text, latest, SHOWN_DATES);
        List<String> shownFirst = shown.subList(0, Math.min(shown.size(), SHOWN_DATES));
        for (String date : stated) {
            if (shownFirst.contains(date.substring(0, 10))) return date;
        }
        if (!stated.isEmpty()) return stated.getFirst();
        String fromText = shownDate(page, text, shown, metas, latest);
        if (fromText != null) return fromText;
        if (marked.inSideMatter() != null) return marked.inSideMatter();
        // The page's preview image is usually uploaded with it, into a folder named by the day.
        return urlDate(metas.get("og:image"), latest);
    }

    /**
     * The day a stated publication time falls on wherever its readers are: a local time with its offset, or a UTC time
     * that is the same day from the Americas' west coast to East Asia; null when the day depends on the zone.
     */
    private static String unambiguousDay(String iso) {
        OffsetDateTime instant = instant(iso);
        if (instant == null) return null;
        if (!instant.getOffset().equals(ZoneOffset.UTC)) return iso.substring(0, 10);
        int hour = instant.getHour();
        return hour >= UTC_SAME_DAY_FROM && hour < UTC_SAME_DAY_UNTIL ? iso.substring(0, 10) : null;
    }

    /** Whether a piece was published a day or two after the day its URL names (the day it was filed). */
    private static boolean publishedDaysAfter(String urlDay, String publishedDay) {
        LocalDate filed = LocalDate.parse(urlDay);
        LocalDate published = LocalDate.parse(publishedDay);
        return published.isAfter(filed) && !published.isAfter(filed.plusDays(FILED_BEFORE_DAYS));
    }

    /** The URL's day as another source states it, with its time, else the URL's day alone. */
    private static String sameDay(List<String> stated, String day) {
        for (String date : stated) {
            if (date.startsWith(day)) return date;
        }
        return day;
    }

    private static String modifiedDate(Map<String, String> metas, JsonNode article, LocalDate latest) {
        String fromJsonLd = first(latest, PageMetadata.text(article, "dateCreated"), PageMetadata.text(article, "dateModified"));
        if (fromJsonLd != null) return fromJsonLd;
        for (String key : MODIFIED_KEYS) {
            String date = first(latest, metas.get(key));
            if (date != null) return date;
        }
        return null;
    }

    /** The year and month a URL's path names ("/2019/10/slug"), as "2019-10", or null. */
    private static String urlMonth(String url) {
        if (url == null) return null;
        Matcher ym = URL_YM.matcher(url);
        return ym.find() ? ym.group(1) + "-" + pad(ym.group(2)) : null;
    }

    private static String urlDate(String url, LocalDate latest) {
        if (url == null) return null;
        Matcher ymd = URL_YMD.matcher(url);
        while (ymd.find()) {
            String date = valid(ymd.group(1), ymd.group(3), ymd.group(4), latest);
            if (date != null) return date;
        }
        Matcher dmy = URL_DMY.matcher(url);
        while (dmy.find()) {
            String date = valid(dmy.group(4), dmy.group(3), dmy.group(1), latest);
            if (date != null) return date;
        }
        return null;
    }

    /**
     * The JSON-LD and meta publication dates, the most reliable first. A UTC value that another source states in local
     * time is taken in local time, because the day a page shows its readers is the local one.
     */
    private static List<String> statedPublications(Document page, Map<String, String> metas, List<JsonNode> jsonLd,
                                                   JsonNode article, LocalDate latest) {
        List<String> candidates = new ArrayList<>();
        add(candidates, first(latest, PageMetadata.text(article, "datePublished")));
        for (JsonNode root : jsonLd) add(candidates, first(latest, anyDatePublished(root, 0)));
        for (String key : PUBLISHED_KEYS) add(candidates, first(latest, metas.get(key)));
        if (candidates.isEmpty()) add(candidates, scriptDate(page, latest));
        if (candidates.isEmpty()) return candidates;
        OffsetDateTime instant = instant(candidates.getFirst());
        if (instant == null || !instant.getOffset().equals(ZoneOffset.UTC)) return candidates;
        for (String other : candidates) {
            OffsetDateTime local = instant(other);
            if (local != null && !local.getOffset().equals(ZoneOffset.UTC) && local.isEqual(instant)) {
                candidates.remove(other);
                candidates.addFirst(other);
                return candidates;
            }
        }
        return candidates;
    }

    private static String scriptDate(Document page, LocalDate latest) {
        for (Element script : page.select("script:not([type=application/ld+json])")) {
            String data = script.data();
            if (SCRIPT_KEY_PARTS.stream().noneMatch(data::contains)) continue;
            Matcher m = SCRIPT_PUBLISHED.matcher(data);
            while (m.find()) {
                String date = first(latest, m.group(1));
                if (date != null) return date;
            }
        }
        return null;
    }

    private static void add(List<String> candidates, String date) {
        if (date != null) candidates.add(date);
    }

    private static OffsetDateTime instant(String iso) {
        if (iso.length() <= 16 || !(iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:\\d{2}$"))) return null;
        try {
            return OffsetDateTime.parse(iso.length() == 17 || iso.charAt(16) != ':' ? withSeconds(iso) : iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "2019-06-26T10:31Z" -> "2019-06-26T10:31:00Z": the parser wants seconds. */
    private static String withSeconds(String iso) {
        return iso.substring(0, 16) + ":00" + iso.substring(16);
    }

    private static String anyDatePublished(JsonNode node, int depth) {
        if (node == null || depth > 6) return null;
        if (node.isArray()) {
            for (JsonNode item : node) {
                String found = anyDatePublished(item, depth + 1);
                if (found != null) return found;
            }
            return null;
        }
        if (!node.isObject()) return null;
        JsonNode type = node.get("@type");
        String own = PageMetadata.text(node, "datePublished");
        if (own != null && (type == null || PAGE_TYPE.matcher(type.toString()).find())) return own;
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                String found = anyDatePublished(child, depth + 1);
                if (found != null) return found;
            }
        }
        return null;
    }

    /**
     * The dates the markup marks as publications: the page's own (null when none) and, when it has none, one in
     * teasers or side matter (null when none), which is likely another article's.
     */
    private record MarkedDates(String own, String inSideMatter) {
    }

    /**
     * A date the page's markup marks as its publication date, else the first {@code <time>} or date line that is
     * not an update; dates in comments never count, those in teasers and side matter only when the page has no other.
     */
    private static MarkedDates markedInPage(Document page, LocalDate latest) {
        Element headline = page.selectFirst("h1");
        Set<Element> aroundHeadline = headline == null ? Set.of() : new HashSet<>(headline.parents());
        List<Element> all = new ArrayList<>();
        List<Element> times = new ArrayList<>();
        // One walk over the page, testing each attribute once: selectors with regexes cost several walks.
        for (Element element : page.getAllElements()) {
            if (element.attributesSize() == 0) continue;
            boolean isTime = element.nameIs("time") && (element.hasAttr("datetime") || element.hasAttr("pubdate"));
            boolean mayHoldDate = find(DATE_CLASS, element.attr("class")) || find(DATE_ID, element.attr("id"))
                    || find(DATE_ITEMPROP, element.attr("itemprop"));
            if (mayHoldDate) all.add(element);
            if (isTime) times.add(element);
        }
        // Where an element stands is looked up only for the elements that would give a date: the walk up is costly.
        Predicate<Element> inComments = e -> inside(e, aroundHeadline, COMMENTS);
        Predicate<Element> notOwn = inComments.or(e -> inside(e, aroundHeadline, SIDE_MATTER));
        String own = markedAmong(all, times, notOwn, latest);
        return own != null ? new MarkedDates(own, null) : new MarkedDates(null, markedAmong(all, times, inComments, latest));
    }

    private static boolean find(Pattern pattern, String value) {
        return !value.isEmpty() && pattern.matcher(value).find();
    }

    private static String markedAmong(List<Element> dateElements, List<Element> times, Predicate<Element> excluded,
                                      LocalDate latest) {
        for (Element element : dateElements) {
            if (!PUBLISH_HINT.matcher(hints(element)).find() || NOT_PUBLICATION.matcher(hints(element)).find()) continue;
            String date = elementDate(element, latest);
            if (date != null && !excluded.test(element)) return date;
        }
        for (Element time : times) {
            if (NOT_PUBLICATION.matcher(hints(time) + " " + hints(time.parent())).find()) continue;
            String date = first(latest, time.attr("datetime"), time.text());
            if (date != null && !excluded.test(time)) return date;
        }
        int seen = 0;
        for (Element element : dateElements) {
            if (excluded.test(element)) continue;
            if (++seen > MAX_DATE_ELEMENTS) break;
            if (NOT_PUBLICATION.matcher(hints(element)).find()) continue;
            String date = elementDate(element, latest);
            if (date != null) return date;
        }
        return null;
    }

    /**
     * Whether the element stands in a part of the page of the given kind, looking up to the page's main container
     * (which holds the headline). An element's own class counts only when it does not mark a publication
     * ("ArticleHeaderComment_publishDate").
     */
    private static boolean inside(Element element, Set<Element> aroundHeadline, Pattern kind) {
        boolean marksPublication = PUBLISH_HINT.matcher(hints(element)).find();
        for (Element at = marksPublication ? element.parent() : element; at != null; at = at.parent()) {
            if (aroundHeadline.contains(at)) return false;
            if (kind == SIDE_MATTER && SIDE_TAGS.contains(at.normalName()) || kind.matcher(hints(at)).find()) return true;
        }
        return false;
    }

    private static String elementDate(Element element, LocalDate latest) {
        String attribute = first(latest, element.attr("datetime"), element.attr("content"), element.attr("title"));
        if (attribute != null) return attribute;
        String text = lineText(element);
        if (text == null) return null;
        for (DateParser.Found date : DateParser.findAll(text)) {
            String before = text.substring(Math.max(0, date.start() - UPDATE_CUE_REACH), date.start());
            if (!NOT_PUBLICATION.matcher(before).find() && inBounds(date.iso(), latest)) return date.iso();
        }
        return null;
    }

    /**
     * The element's text when it is a line (at most {@link #MAX_LINE_CHARS}), else null; a large container is
     * rejected by counting its letters before its text is built.
     */
    private static String lineText(Element element) {
        int visible = 0;
        for (TextNode node : (Iterable<TextNode>) element.nodeStream(TextNode.class)::iterator) {
            String raw = node.getWholeText();
            for (int i = 0; i < raw.length(); i++) {
                if (!Character.isWhitespace(raw.charAt(i)) && ++visible > MAX_LINE_CHARS) return null;
            }
        }
        String text = element.text();
        return text.length() > MAX_LINE_CHARS ? null : text;
    }

    private static String hints(Element element) {
        if (element == null) return "";
        return element.className() + " " + element.id() + " " + element.attr("itemprop");
    }

    /** The days the text states, in text order, within bounds. */
    private static List<String> textDates(String text, LocalDate latest) {
        return textDates(text, latest, Integer.MAX_VALUE);
    }

    /** The first days the text states, in text order, within bounds: about {@code wanted} of them. */
    private static List<String> textDates(String text, LocalDate latest, int wanted) {
        List<String> days = new ArrayList<>();
        for (DateParser.Found date : DateParser.findFirst(text, wanted)) {
            if (inBounds(date.iso(), latest)) days.add(date.iso().substring(0, 10));
        }
        return days;
    }

    /**
     * For a page whose markup states no date: the date line just above its headline, else the first date shown after it,
     * else the first it shows, else one in its title or description.
     */
    private static String shownDate(Document page, String text, List<String> shown, Map<String, String> metas,
                                    LocalDate latest) {
        Element headline = page.selectFirst("h1");
        int headlineAt = headline == null || headline.text().isBlank() ? -1 : text.indexOf(headline.text());
        String aboveHeadline = headline == null ? null : aboveHeadline(headline, latest);
        if (aboveHeadline != null) return aboveHeadline;
        if (headlineAt >= 0) {
            List<String> afterHeadline = textDates(text.substring(headlineAt + headline.text().length()), latest, 1);
            if (!afterHeadline.isEmpty()) return afterHeadline.getFirst();
        }
        if (!shown.isEmpty()) return shown.getFirst();
        List<String> described = textDates(page.title() + " " + metas.getOrDefault("description", ""), latest);
        return described.isEmpty() ? null : described.getFirst();
    }

    /**
     * The date line just above the headline ("21.01.2022 | Blog" in the element before it, or before its container when
     * it comes first), unless that is side matter.
     */
    private static String aboveHeadline(Element headline, LocalDate latest) {
        Element at = headline;
        while (at != null && at.previousElementSibling() == null) at = at.parent();
        Element above = at == null ? null : at.previousElementSibling();
        if (above == null || SIDE_TAGS.contains(above.normalName()) || SIDE_MATTER.matcher(hints(above)).find()) return null;
        String line = above.text();
        if (line.length() > MAX_LINE_CHARS) return null;
        List<String> dates = textDates(line, latest);
        return dates.isEmpty() ? null : dates.getLast();
    }

    /** The first value that reads as a date within bounds. */
    private static String first(LocalDate latest, String... values) {
        for (String value : values) {
            String date = DateParser.normalize(value);
            if (date != null && inBounds(date, latest)) return date;
        }
        return null;
    }

    private static boolean inBounds(String iso, LocalDate latest) {
        LocalDate day = LocalDate.parse(iso.substring(0, 10));
        return !day.isBefore(EARLIEST) && !day.isAfter(latest);
    }

    private static String valid(String year, String month, String day, LocalDate latest) {
        String date = DateParser.normalize(year + "-" + pad(month) + "-" + pad(day));
        return date != null && inBounds(date, latest) ? date : null;
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
