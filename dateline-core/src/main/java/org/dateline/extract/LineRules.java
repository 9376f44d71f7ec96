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
            "load more", "show more", "report an error", "report a correction", "image source", "getty images",
            "caption", "back to gallery", "explore further", "advert", "don t miss", "this slideshow requires javascript");

    /** Page furniture recognised by how the line starts. */
    private static final Pattern FURNITURE_START = Pattern.compile(String.join("|",
            // share prompts: "Like this story? Share it with a friend!", "Share on Facebook Share via Email"
            "(?:(?:like|liked|enjoy|enjoyed) this (?:story|article|post)\\W*)?share (?:it|this|the)?\\s*(?:story|article|post)?\\s*(?:with (?:a|your) friends?)?\\W*$",
            "(?:\\s*(?:share|post|tweet|send)\\s+(?:on|via|to|by)\\s+[\\w-]+)+\\W*$",
            // link lines to other stories: "Also on example.com ...", "READ MORE: ...", "Related: ..."
            "also on [\\w-]+(?:\\.[\\w-]+)+\\b",
            "(?:read more|read also|also read|see also|related|more|watch|recommended|further reading|"
                    + "more on this(?: story)?|read next|don't miss|do not miss|must read|trending|listen|watch now|"
                    + "related(?:\\s+\\p{L}+){1,2})\\s*[:»>|–—]",
            // captions: "FILE PHOTO: ...", "Slideshow (3 Images)"
            "(?:file\\s+)?(?:photo|photograph|picture|image|video)s?\\s*(?:credit)?\\s*:",
            "(?:slideshow|gallery|photos?|images?|videos?|pictures?)\\s*\\(\\s*\\d+(?:\\s*(?:images?|photos?|pictures?|videos?))?\\s*\\)$",
            // editorial notes: "(This version of the story was refiled to fix subhead)"
            "\\(.{0,300}\\b(?:refiled|version of (?:this|the) (?:story|article)|corrects?|updates?|adds?|fixes)\\b.{0,300}\\)$",
            "our standards\\s*:",
            "(?:ads|sponsored|promoted|powered|recommended|presented) by\\b",
            // previous/next navigation
            "[«‹<]+\\s*(?:previous|prev|older|newer)\\b",
            "(?:previous|prev|next|older|newer)\\s+(?:article|post|story|page)\\b",
            "(?:next|previous)\\b.{0,200}[»›>]+$",
            // copyright notices, tag lists, counters
            "(?:©|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\(c\\)|\\d{4}|by\\b))",
            "(?:tags|topics|filed under|categories|category)\\s*:",
            "\\d+\\s+(?:comments?|shares?|views?)$",
            "(?:(?:published|updated|posted)\\s+)?\\d+\\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?)\\s+ago$",
            "(?:published|updated|posted)(?:\\s+at)?\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*\\w{0,4}\\.?$",
            "(?:image|photo|picture|slide)\\s+\\d+\\s+of\\s+\\d+$",
            // reading-time labels: "Reading time: 3 minutes", "Tempo de leitura: 1 minuto", "4 min read"
            "(?:(?:estimated )?reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|"
                    + "tempo di lettura|leestijd)\\s*:?\\s*(?:about |less than |menos de |ca\\. )?\\d+\\s*\\p{L}*\\.?$",
            "\\d+\\s*(?:min|mins|minutes?|minutos?|minuti)\\.?\\s+(?:read|de leitura|de lectura|de lecture|lettura|lesezeit)$",
            // contact lines: "Follow AP's full coverage at https://...", "reporter@example.com"
            "follow\\b.{0,150}(?:https?://|@\\w|twitter|facebook|instagram)",
            "\\S+@[\\w-]+(?:\\.[\\w-]+)+$",
            "click here\\b",
            // credit and menu strips of capitalised names between bars: "Jane Doe | Agency | Photo Agency"
            "(?-i:\\p{Lu}[\\p{L}.'’ -]{1,40}(?:\\s+\\|\\s+\\p{Lu}[\\p{L}.'’ -]{1,40}){1,6})$"), FLAGS);
    /** Page furniture recognised by how the line ends: photo credits ("REUTERS/Name", "(AP Photo/Name)"). */
    private static final Pattern FURNITURE_END = Pattern.compile(String.join("|",
            "(?-i:\\b[A-Z]{2,}/[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?:/[\\w ]+)?)\\W*$",
            "\\([^()]*\\b(?:photo|photograph|image|picture|illustration)s?(?:\\s*(?::|/|\\bby\\b|\\bcredit\\b)[^()]*)?\\)\\W*$",
            "\\b(?:photograph|photo|image|picture)(?: credit)?\\s*:\\s*[^.!?]{2,60}$",
            "trust principles\\.?$"), FLAGS);
    /** How much of a line's end {@link #FURNITURE_END} looks at. */
    private static final int END_REACH = 160;
    /** Page furniture recognised by a phrase anywhere: reuse notices, cookie and subscription walls. */
    private static final Pattern FURNITURE_PHRASE = Pattern.compile(String.join("|",
            "\\ball rights reserved\\b",
            "\\bmay not be (?:published|reproduced|redistributed|copied)(?:,|\\s+or)\\s+(?:broadcast|rewritten|redistributed|reproduced|copied|published)\\b",
            "\\b(?:we use cookies|cookie policy|accept (?:all )?cookies|subscribe to (?:our|the) newsletter|"
                    + "sign up for (?:our|the) newsletter|already a subscriber|to continue reading|create a free account|"
                    + "disable your ad ?blocker|enable javascript|javascript is disabled|your inbox|click here|"
                    + "constitutes acceptance of)\\b",
            // contributor notes: "Associated Press writers A and B contributed to this report."
            "\\bcontributed (?:to )?(?:this|the) (?:report|story|article)\\b",
            // author promos: "Follow him on Twitter @x", "She may be reached at x@example.com"
            "\\bfollow (?:him|her|them|us|me) (?:on|at) (?:twitter|facebook|instagram|x)\\b",
            "\\b(?:may|can) be reached at\\b",
            "\\bthis (?:document|article|content) is subject to copyright\\b",
            // membership pitches: "If you enjoyed this article, we have a proposition for you"
            "\\bif you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|post|journalism|reporting)\\b"), FLAGS);

    /**
     * Labels that head a list of other stories ("You may also like", "Read also", "More in Sport"), in the
     * languages news pages are commonly in; the article does not go on after one.
     */
    private static final Pattern RELATED_LABEL = Pattern.compile("^(?:" + String.join("|",
            "(?:you|we think you) (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)",
            "(?:related|similar|recommended|suggested|more|other|latest|popular|trending) (?:articles?|stories|posts|news|reads?|content|coverage|videos?|links?)",
            "more (?:in|from|on|about) .{1,40}",
            "read (?:also|next)|also read|see also|more to explore|what to read next|up next|don't miss|most (?:read|popular|viewed)",
            // pt, es, fr, de, it, nl
            "(?:voc[eê] )?(?:tamb[eé]m )?pode (?:tamb[eé]m )?gostar|leia (?:tamb[eé]m|mais)|veja (?:tamb[eé]m|mais)|not[ií]cias relacionadas|mat[eé]rias relacionadas|artigos relacionados",
            "(?:te )?(?:puede|podr[ií]a) interesar|lee (?:tambi[eé]n|m[aá]s)|art[ií]culos relacionados|tambi[eé]n te puede gustar",
            "(?:[àa] )?lire aussi|vous aimerez (?:aussi|[ée]galement)|(?:sur le m[eê]me sujet)|articles? similaires|[àa] voir aussi",
            "lesen sie (?:auch|mehr)|das k[öo]nnte sie auch interessieren|mehr zum thema|[äa]hnliche artikel|weitere artikel",
            "(?:ti )?potrebbe(?:ro)? (?:anche )?interessar(?:e|ti)|leggi anche|articoli correlati|potrebbe piacerti",
            "lees ook|meer over|gerelateerde artikelen") + ")\\W*$", FLAGS);
    private static final int RELATED_LABEL_MAX_WORDS = 8;

    /** Bylines and date lines are never longer than this; longer lines skip those checks cheaply. */
    private static final int MAX_SHORT_LINE_CHARS = 200;

    /** No entry of {@link #FURNITURE} has more words. */
    private static final int FURNITURE_LINE_MAX_WORDS = 8;

    /** Lines long enough to be prose are never judged by the caption, copyright and wall patterns. */
    private static final int MAX_FURNITURE_WORDS = 60;

    private static final Pattern CREDIT_SEGMENT = Pattern.compile(
            "^\\s*(?:(additional|with)\\s+)?(reporting|writing|editing|compiled|reported|written|edited|produced|"
                    + "graphics|research|fact-checking|translation|translated)(?:\\s+and\\s+\\w+)?\\s+by\\s+(.+)$", FLAGS);
    /** Between credits: a semicolon, or a comma before the next "<role> by" ("..., editing by C"). */
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile(
            ";\\s*|,\\s*(?=(?:with\\s+|additional\\s+)*\\w+\\s+(?:and\\s+\\w+\\s+)?by\\b)", FLAGS);
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
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{3,}");
    /** Words that stand around a date in a date line, in the languages news pages are commonly in. */
    private static final Pattern DATE_FILLER = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "published|posted|updated|last updated|modified|on|at|date|time|am|pm|a\\.m|p\\.m|gmt|utc|ist|"
            + "et|est|edt|cet|cest|bst|pt|pst|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|"
            + "friday|saturday|sunday|first|last|"
            // pt, es, fr, de: "segunda-feira, 22 de janeiro de 2018 às 0:13", "lundi 3 mars 2019 à 10h"
            + "publicado|atualizado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|um|uhr|às|a las|à|"
            + "segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|"
            + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|"
            + "samstag|sonntag)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The marks of a live-blog story that carry no long word but are its text: the time heading each update
     * ("4:14 p.m.", "4:40 p.m.:", "14:30") and the rule between updates ("___", "___.").
     */
    private static final Pattern LIVE_BLOG_MARK = Pattern.compile(
            "(?:\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?|\\d{1,2}:\\d{2}|_{3,})[.:]?", Pattern.CASE_INSENSITIVE);
    /** A clock time: "10:02", "0:13", "14.30", "10h30". */
    private static final Pattern CLOCK_TIME = Pattern.compile("(?<!\\d)\\d{1,2}(?:[:.h]\\d{2}){1,2}(?!\\d)");

    private LineRules() {
    }

    /** Whether the line is page furniture rather than article text. */
    static boolean isFurniture(String line) {
        if (!LONG_WORD.matcher(line).find()) return !LIVE_BLOG_MARK.matcher(line.strip()).matches();
        int words = wordCount(line);
        if (words > MAX_FURNITURE_WORDS) return line.contains("icon") && isIconList(normalize(line));
        // The whole-line furniture phrases are short; longer lines skip building their normalized form.
        if (words <= FURNITURE_LINE_MAX_WORDS || line.contains("icon")) {
            String normalized = normalize(line);
            if (FURNITURE.contains(normalized) || isIconList(normalized)) return true;
        }
        String strip = line.strip();
        return FURNITURE_START.matcher(strip).lookingAt()
                || FURNITURE_END.matcher(strip).region(Math.max(0, strip.length() - END_REACH), strip.length()).find()
                || FURNITURE_PHRASE.matcher(strip).find();
    }

    /** Whether the line is a label heading a list of other stories ("You may also like", "Leia também"). */
    static boolean isRelatedLabel(String line) {
        return wordCount(line) <= RELATED_LABEL_MAX_WORDS && RELATED_LABEL.matcher(line.strip()).matches();
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
        if (line.length() > MAX_SHORT_LINE_CHARS * 2 || !containsBy(line)) return null;
        List<String> authors = new ArrayList<>();
        String credits = line.strip();
        if (credits.startsWith("(") && credits.endsWith(")")) credits = credits.substring(1, credits.length() - 1);
        for (String segment : CREDIT_SEPARATOR.split(credits)) {
            Matcher m = CREDIT_SEGMENT.matcher(segment);
            if (!m.matches()) return null;
            String role = m.group(2).toLowerCase(Locale.ROOT);
            boolean authorRole = m.group(1) == null && (role.startsWith("report") || role.startsWith("writ"));
            if (authorRole) authors.addAll(names(m.group(3).replaceAll("\\W+$", "")));
        }
        return authors;
    }

    private static boolean containsBy(String line) {
        for (int i = line.indexOf(' '); i >= 0 && i + 4 <= line.length(); i = line.indexOf(' ', i + 1)) {
            if (line.regionMatches(true, i, " by ", 0, 4)) return true;
        }
        return false;
    }

    /** The authors a byline names ("By Maria Delgado, Staff Writer"), or null when the line is not a byline. */
    static List<String> bylineAuthors(String line) {
        if (line.length() > MAX_SHORT_LINE_CHARS || wordCount(line) > 25) return null;
        Matcher m = BYLINE.matcher(line.strip());
        if (!m.matches()) return null;
        String names = m.group(1);
        Matcher stop = BYLINE_STOP.matcher(names);
        if (stop.find()) names = names.substring(0, stop.start());
        List<String> authors = names(names);
        return authors.isEmpty() ? null : authors;
    }

    /** The person names in a list like "A, B and C in Paris"; role words and non-names are left out. */
    static List<String> names(String text) {
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
        if (line.length() > MAX_SHORT_LINE_CHARS || line.chars().noneMatch(Character::isDigit) || wordCount(line) > 14) {
            return false;
        }
        List<DateParser.Found> dates = DateParser.findAll(line);
        if (dates.isEmpty()) return false;
        var rest = new StringBuilder(line);
        for (DateParser.Found date : dates.reversed()) rest.replace(date.start(), date.end(), " ");
        return wordCount(DATE_FILLER.matcher(CLOCK_TIME.matcher(rest).replaceAll(" ")).replaceAll(" ")) <= 1;
    }

    /** A short line without sentence punctuation: a section heading, title or label rather than prose. */
    static boolean isHeadingLike(String line) {
        return wordCount(line) <= 12 && !endsSentence(line);
    }

    private static final Pattern LABELLED_FIGURE = Pattern.compile("[\\p{L}][\\p{L} ]{0,40}:\\s*[-+$€£]?\\d[\\d.,]*%?");

    /** "Injured: 74", "Turnout: 61.2%": a row of figures, which is content however short it is. */
    static boolean isLabelledFigure(String line) {
        return LABELLED_FIGURE.matcher(line.strip()).matches();
    }

    static boolean endsSentence(String line) {
        String s = line.strip();
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (".!?…:;。！？".indexOf(c) >= 0) return true;
            if ("\"”’'»)]」』".indexOf(c) < 0) return false;
        }
        return false;
    }

    /** The number of runs of letters and numbers; a hand loop, as it runs on every block of every page. */
    static int wordCount(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            char unit = text.charAt(i);
            int c = Character.isHighSurrogate(unit) ? Character.codePointAt(text, i) : unit;
            i += Character.charCount(c);
            boolean wordChar = isWordChar(c);
            if (wordChar && !inWord) count++;
            inWord = wordChar;
        }
        return count;
    }

    /** A letter or number ({@code [\p{L}\p{N}]}). */
    private static boolean isWordChar(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
        var out = new StringBuilder(line.length());
        boolean gap = false;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty()) out.append(' ');
                out.appendCodePoint(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
