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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when a page was published. A full date in the URL wins (with the time another source gives that day).
 * Otherwise the markup's candidates, most reliable first: the JSON-LD or meta publication date, the date the page
 * marks as published (classes, {@code <time>}, date lines; not in comments, and in teasers or side matter only when
 * there is no other), then a creation or modification date. The first of them that the page's text also shows near
 * its top wins, else the first. A page without any is dated by the date shown under its headline. Dates marked as
 * updates lose throughout; dates before {@link #EARLIEST} or after tomorrow are ignored. Pure function of the page
 * and today's date.
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
    /** Day, month and year in a URL: "/29-10-2021", "-29.10.2021". */
    private static final Pattern URL_DMY = Pattern.compile(
            "(?<![\\d])(0[1-9]|[12]\\d|3[01])([._-])(0[1-9]|1[0-2])\\2((?:199|20[0-4])\\d)(?!\\d)");

    /** Classes, ids and item properties of elements that state the publication date. */
    private static final Pattern PUBLISH_HINT = Pattern.compile(
            "(?i)publish|pubdate|date-?pub|posted|created|erschienen|veroeffentlicht|fecha|datum|entry-date|"
            + "article-?date|post-?date|story-?date|news-?date|date-?line|dateline|meta-?date|byline");
    private static final String DATE_ELEMENTS = "[class~=(?i)date|time|datum|fecha|data|zeit|meta|byline|publi|"
            + "posted], [id~=(?i)date|time|publi|datum], [itemprop~=(?i)date]";
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
    private static final int MAX_DATE_ELEMENTS = 60;
    private static final int UPDATE_CUE_REACH = 25;
    /** How many of the first dates a page's text shows count as shown near its top. */
    private static final int SHOWN_DATES = 10;
    /** A publication date in a script's JSON that is not JSON-LD (page state, app data). */
    private static final Pattern SCRIPT_PUBLISHED = Pattern.compile(
            "\\\\?\"(?:datePublished|published_?[aA]t|publish_?[dD]ate|pub_?[dD]ate|date_?[pP]ublished|"
            + "first_?[pP]ublished(?:_?[aA]t)?)\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]{8,40})");

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
        add(stated, markedInPage(page, latest));
        add(stated, modifiedDate(metas, article, latest));
        String fromUrl = urlDate(url, latest);
        if (fromUrl != null) return sameDay(stated, fromUrl);
        String text = page.body() == null ? page.text() : page.body().text();
        List<String> shown = textDates(text, latest);
        List<String> shownFirst = shown.subList(0, Math.min(shown.size(), SHOWN_DATES));
        for (String date : stated) {
            if (shownFirst.contains(date.substring(0, 10))) return date;
        }
        if (!stated.isEmpty()) return stated.getFirst();
        return shownDate(page, text, shown, metas, latest);
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
            Matcher m = SCRIPT_PUBLISHED.matcher(script.data());
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
     * A date the page's markup marks as its publication date, else the first {@code <time>} or date line that is
     * not an update; dates in comments, teasers and side matter count only when the page has no other.
     */
    private static String markedInPage(Document page, LocalDate latest) {
        Element headline = page.selectFirst("h1");
        Set<Element> aroundHeadline = headline == null ? Set.of() : new HashSet<>(headline.parents());
        // Filtered as lists: removing from jsoup's Elements would remove the elements from the page.
        List<Element> all = page.select(DATE_ELEMENTS).stream()
                .filter(e -> !inside(e, aroundHeadline, COMMENTS)).toList();
        List<Element> times = page.select("time[datetime], time[pubdate]").stream()
                .filter(e -> !inside(e, aroundHeadline, COMMENTS)).toList();
        String own = markedAmong(withoutSideMatter(all, aroundHeadline), withoutSideMatter(times, aroundHeadline), latest);
        return own != null ? own : markedAmong(all, times, latest);
    }

    private static List<Element> withoutSideMatter(List<Element> elements, Set<Element> aroundHeadline) {
        return elements.stream().filter(e -> !inside(e, aroundHeadline, SIDE_MATTER)).toList();
    }

    private static String markedAmong(List<Element> dateElements, List<Element> times, LocalDate latest) {
        for (Element element : dateElements) {
            if (!PUBLISH_HINT.matcher(hints(element)).find() || NOT_PUBLICATION.matcher(hints(element)).find()) continue;
            String date = elementDate(element, latest);
            if (date != null) return date;
        }
        for (Element time : times) {
            if (NOT_PUBLICATION.matcher(hints(time) + " " + hints(time.parent())).find()) continue;
            String date = first(latest, time.attr("datetime"), time.text());
            if (date != null) return date;
        }
        int seen = 0;
        for (Element element : dateElements) {
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
        String text = element.text();
        if (text.length() > MAX_LINE_CHARS) return null;
        for (DateParser.Found date : DateParser.findAll(text)) {
            String before = text.substring(Math.max(0, date.start() - UPDATE_CUE_REACH), date.start());
            if (!NOT_PUBLICATION.matcher(before).find() && inBounds(date.iso(), latest)) return date.iso();
        }
        return null;
    }

    private static String hints(Element element) {
        if (element == null) return "";
        return element.className() + " " + element.id() + " " + element.attr("itemprop");
    }

    /** The days the text states, in text order, within bounds. */
    private static List<String> textDates(String text, LocalDate latest) {
        List<String> days = new ArrayList<>();
        for (DateParser.Found date : DateParser.findAll(text)) {
            if (inBounds(date.iso(), latest)) days.add(date.iso().substring(0, 10));
        }
        return days;
    }

    /**
     * For a page whose markup states no date: the first date shown after its headline, else the first it shows, else
     * one in its title or description.
     */
    private static String shownDate(Document page, String text, List<String> shown, Map<String, String> metas,
                                    LocalDate latest) {
        Element headline = page.selectFirst("h1");
        int headlineAt = headline == null || headline.text().isBlank() ? -1 : text.indexOf(headline.text());
        if (headlineAt >= 0) {
            List<String> afterHeadline = textDates(text.substring(headlineAt), latest);
            if (!afterHeadline.isEmpty()) return afterHeadline.getFirst();
        }
        if (!shown.isEmpty()) return shown.getFirst();
        List<String> described = textDates(page.title() + " " + metas.getOrDefault("description", ""), latest);
        return described.isEmpty() ? null : described.getFirst();
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
