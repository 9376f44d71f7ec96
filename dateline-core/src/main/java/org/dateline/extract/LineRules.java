package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generic line-level rules for news boilerplate: what a line of page furniture looks like (share prompts,
 * captions, credits, navigation, ads), and the metadata some of those lines carry (bylines, credits, agency
 * lines). None names a site. Pure functions.
 */
final class LineRules {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Whole lines that are page furniture, compared after {@link #normalize}. */
    private static final Set<String> FURNITURE = Set.of(
            "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
            "promoted", "promoted content", "x", "close", "close x", "show comments", "hide comments", "view comments",
            "comments", "comment", "leave a comment", "post a comment", "add a comment", "share", "share this",
            "share this article", "share this story", "share article", "share story", "print", "email", "e mail",
            "tweet", "pin", "whatsapp", "facebook", "twitter", "linkedin", "reddit", "copy link", "source link",
            "skip to main content", "skip to content", "skip navigation", "sign in", "log in", "login", "sign up",
            "register", "subscribe", "subscribe now", "newsletter", "read more", "continue reading",
            "read full article", "read the full article", "related", "related articles", "related stories",
            "related news", "related content", "more from", "you may also like", "you might also like",
            "recommended", "recommended for you", "most read", "most popular", "popular", "trending",
            "trending now", "latest", "latest news", "top stories", "more stories", "tags", "topics",
            "next article", "previous article", "next", "previous", "back to top", "loading", "watch", "video",
            "photos", "gallery", "image", "listen", "listen to this article", "follow us", "home", "menu",
            "search", "cookies", "accept", "accept cookies", "privacy policy", "terms of service", "contact us",
            "about us", "all rights reserved", "play", "pause", "mute", "unmute", "full screen", "fullscreen",
            "enlarge", "expand", "collapse", "view gallery", "open in app", "click here", "more", "see more",
            "load more", "show more", "report an error", "report a correction", "image source", "getty images");

    private static final List<Pattern> FURNITURE_PATTERNS = List.of(
            // share prompts: "Like this story? Share it with a friend!", "Share on Facebook Share via Email"
            Pattern.compile("^(?:(?:like|liked|enjoy|enjoyed) this (?:story|article|post)\\W*)?share (?:it|this|the)?\\s*(?:story|article|post)?\\s*(?:with (?:a|your) friends?)?\\W*$", FLAGS),
            Pattern.compile("^(?:\\s*(?:share|post|tweet|send)\\s+(?:on|via|to|by)\\s+[\\w-]+)+\\W*$", FLAGS),
            // link lines to other stories: "Also on example.com ...", "READ MORE: ...", "Related: ..."
            Pattern.compile("^also on [\\w-]+(?:\\.[\\w-]+)+\\b", FLAGS),
            Pattern.compile("^(?:read more|read also|also read|see also|related|more|watch|recommended|further reading|"
                    + "more on this(?: story)?|read next|don't miss|do not miss|must read|trending|listen|watch now|"
                    + "related (?:article|story|video|coverage|news)s?)\\s*[:»>|–—]", FLAGS),
            // photo captions and credits: "FILE PHOTO: ...", "... REUTERS/Name", "(AP Photo/Name)", "Photograph: X"
            Pattern.compile("^(?:file\\s+)?(?:photo|photograph|picture|image|video)s?\\s*(?:credit)?\\s*:", FLAGS),
            Pattern.compile("\\b[A-Z]{2,}/[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?:/[\\w ]+)?\\W*$"),
            Pattern.compile("\\((?:[^()]*\\b(?:photo|photograph|image|picture|illustration)s?\\b[^()]*)\\)\\W*$", FLAGS),
            Pattern.compile("\\b(?:photograph|photo|image|picture)(?: credit)?\\s*:\\s*[^.!?]{2,60}$", FLAGS),
            Pattern.compile("^(?:slideshow|gallery|photos?|images?|videos?|pictures?)\\s*\\(\\s*\\d+(?:\\s*(?:images?|photos?|pictures?|videos?))?\\s*\\)$", FLAGS),
            // editorial notes: "(This version of the story was refiled to fix subhead)"
            Pattern.compile("^\\(.{0,300}\\b(?:refiled|version of (?:this|the) (?:story|article)|corrects?|updates?|adds?|fixes)\\b.{0,300}\\)$", FLAGS),
            Pattern.compile("^our standards\\s*:|trust principles\\.?$", FLAGS),
            Pattern.compile("^(?:ads|sponsored|promoted|powered|recommended|presented) by\\b", FLAGS),
            // previous/next navigation
            Pattern.compile("^[«‹<]+\\s*(?:previous|prev|older|newer)\\b", FLAGS),
            Pattern.compile("^(?:previous|prev|next|older|newer)\\s+(?:article|post|story|page)\\b", FLAGS),
            Pattern.compile("^(?:next|previous)\\b.{0,200}[»›>]+$", FLAGS),
            // copyright and reuse notices
            Pattern.compile("^(?:©|\\(c\\)|copyright\\b)", FLAGS),
            Pattern.compile("\\ball rights reserved\\b|\\bmay not be (?:published|reproduced|redistributed|copied)\\b", FLAGS),
            // walls and widgets
            Pattern.compile("\\b(?:we use cookies|cookie policy|accept (?:all )?cookies|subscribe to (?:our|the) newsletter|"
                    + "sign up for (?:our|the) newsletter|already a subscriber|to continue reading|create a free account|"
                    + "disable your ad ?blocker|enable javascript|javascript is disabled)\\b", FLAGS),
            Pattern.compile("^(?:tags|topics|filed under|categories|category)\\s*:", FLAGS),
            Pattern.compile("^\\d+\\s+(?:comments?|shares?|views?)$", FLAGS),
            Pattern.compile("^\\d+\\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?)\\s+ago$", FLAGS),
            Pattern.compile("^click here\\b", FLAGS));

    /** Lines long enough to be prose are never judged by the caption, copyright and wall patterns. */
    private static final int MAX_FURNITURE_WORDS = 60;

    private static final Pattern CREDIT_SEGMENT = Pattern.compile(
            "^\\s*(?:(additional)\\s+)?(reporting|writing|editing|compiled|reported|written|edited|produced|"
                    + "graphics|research|fact-checking|translation|translated)(?:\\s+and\\s+\\w+)?\\s+by\\s+(.+)$", FLAGS);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|written by|words by|story by|reported by|text by|von|par|por)\\s+(\\p{Lu}.*)$");
    private static final Pattern BYLINE_STOP = Pattern.compile("\\s*(?:[•|·—–]|\\s-\\s|\\bpublished\\b|\\bupdated\\b|\\bposted\\b|\\d)", FLAGS);
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final Pattern ROLE_WORD = Pattern.compile(
            "\\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|desk|team|agency|news|"
                    + "bureau|senior|chief|political|special)\\b", FLAGS);
    private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+in\\s+.*$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al)){0,4}$");
    private static final Pattern AGENCY_LINE = Pattern.compile("^[(\\[]?\\s*[-–—]*\\s*(\\p{Lu}{3,6})\\s*[)\\]]?$|^[(\\[]\\s*(\\p{Lu}[\\p{L}&. ]{1,30})\\s*[)\\]]$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern DATE_FILLER = Pattern.compile(
            "(?i)\\b(?:published|posted|updated|last updated|modified|on|at|date|time|am|pm|a\\.m|p\\.m|gmt|utc|ist|"
                    + "et|est|edt|cet|cest|bst|pt|pst|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|"
                    + "friday|saturday|sunday|first|last)\\b");

    private LineRules() {
    }

    /** Whether the line is page furniture rather than article text. */
    static boolean isFurniture(String line) {
        String normalized = normalize(line);
        if (normalized.isEmpty() || FURNITURE.contains(normalized)) return true;
        if (!LONG_WORD.matcher(line).find()) return true;
        if (isIconList(normalized)) return true;
        if (wordCount(line) > MAX_FURNITURE_WORDS) return false;
        for (Pattern pattern : FURNITURE_PATTERNS) {
            if (pattern.matcher(line).find()) return true;
        }
        return false;
    }

    /** Icon-font name lists scraped as text ("icon bookmark-bicon bookmarkicon cameraicon ..."). */
    private static boolean isIconList(String normalized) {
        int icons = 0;
        int from = 0;
        while ((from = normalized.indexOf("icon", from)) >= 0) {
            icons++;
            from += 4;
        }
        return icons >= 4 && icons * 3 >= normalized.split(" ").length;
    }

    /**
     * The people a credit line names as reporters or writers ("Reporting by A in X and B; Writing by C;
     * Editing by D" gives [A, B, C]; editors and additional reporters are not authors), or null when the
     * line is not a credit line.
     */
    static List<String> creditedAuthors(String line) {
        List<String> authors = new ArrayList<>();
        for (String segment : line.split(";")) {
            Matcher m = CREDIT_SEGMENT.matcher(segment);
            if (!m.matches()) return null;
            String role = m.group(2).toLowerCase(Locale.ROOT);
            boolean authorRole = m.group(1) == null && (role.startsWith("report") || role.startsWith("writ"));
            if (authorRole) authors.addAll(names(m.group(3).replaceAll("\\W+$", "")));
        }
        return authors;
    }

    /** The authors a byline names ("By Maria Delgado, Staff Writer"), or null when the line is not a byline. */
    static List<String> bylineAuthors(String line) {
        if (wordCount(line) > 25) return null;
        Matcher m = BYLINE.matcher(line.strip());
        if (!m.matches()) return null;
        String names = m.group(1);
        Matcher stop = BYLINE_STOP.matcher(names);
        if (stop.find()) names = names.substring(0, stop.start());
        List<String> authors = names(names);
        return authors.isEmpty() ? null : authors;
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(text)) {
            String name = PLACE_SUFFIX.matcher(part.strip()).replaceFirst("").strip();
            if (!name.isEmpty() && !ROLE_WORD.matcher(name).find() && NAME.matcher(name).matches()) names.add(name);
        }
        return names;
    }

    /** The agency a bare credit line names ("IANS", "(AFP)"), or null. */
    static String agency(String line) {
        Matcher m = AGENCY_LINE.matcher(line.strip());
        if (!m.matches()) return null;
        return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }

    /** Whether the line is a date, perhaps with a time and words like "Published" or "Updated", and nothing else. */
    static boolean isDateLine(String line) {
        if (wordCount(line) > 14) return false;
        List<DateParser.Found> dates = DateParser.findAll(line);
        if (dates.isEmpty()) return false;
        var rest = new StringBuilder(line);
        for (DateParser.Found date : dates.reversed()) rest.replace(date.start(), date.end(), " ");
        return wordCount(DATE_FILLER.matcher(rest).replaceAll(" ")) <= 1;
    }

    /** A short line without sentence punctuation: a section heading, title or label rather than prose. */
    static boolean isHeadingLike(String line) {
        return wordCount(line) <= 12 && !endsSentence(line);
    }

    static boolean endsSentence(String line) {
        String s = line.strip();
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';') return true;
            if ("\"”’'»)]".indexOf(c) < 0) return false;
        }
        return false;
    }

    static int wordCount(CharSequence text) {
        Matcher m = WORD.matcher(text);
        int count = 0;
        while (m.find()) count++;
        return count;
    }

    /** The distinct lower-case words of a line. */
    static Set<String> wordSet(String line) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : normalize(line).split(" ")) {
            if (!word.isEmpty()) words.add(word);
        }
        return words;
    }

    /** Lower-case words separated by single spaces, for comparing lines. */
    static String normalize(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
