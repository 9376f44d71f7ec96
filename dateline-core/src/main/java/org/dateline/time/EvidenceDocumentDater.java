package org.dateline.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.Span;
import org.dateline.model.Timex;

/**
 * Dates an article that states no publication date from evidence, strongest first:
 * <ol>
 *   <li>a date in its URL ("/2019/06/26/");</li>
 *   <li>a dated near-duplicate among the related articles: published within a day or two of it;</li>
 *   <li>shared events: an expression it leaves unresolved ("the Hanoi summit in February" -> XXXX-02) that a
 *       dated related article resolves in a context sharing its words ("Hanoi summit" near a 2019-02 timex):
 *       reported as past, the event bounds the publication from below, announced as future, from above; and an
 *       expression relative to the publication ("Last month, Northrop Grumman defeated Boeing") that a dated
 *       related article dates ("On February 29, Northrop Grumman ...") places the publication itself;</li>
 *   <li>its own absolute dates and years: mentioned as past, lower bounds; as still to come ("will open in
 *       2011"), upper bounds.</li>
 * </ol>
 * Bounds are intersected from the strongest down; evidence that contradicts stronger evidence is left out.
 * Every estimate names its evidence; without any there is none. Stateless and thread-safe.
 */
public final class EvidenceDocumentDater implements DocumentDater {

    /** Reads expressions relative to the publication day again against candidate days. */
    private final TemporalTagger tagger = new RuleTemporalTagger();

    private static final Pattern URL_DAY = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12][0-9]|3[01])(?![0-9])");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])/");
    private static final Pattern RESOLVED_DAY = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2}).*");
    private static final Pattern RESOLVED_MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern UNRESOLVED_MONTH = Pattern.compile("XXXX-([0-9]{2})");
    private static final Pattern UNRESOLVED_DAY = Pattern.compile("XXXX-([0-9]{2})-([0-9]{2})");
    private static final Pattern UNRESOLVED_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])(?:T.*)?");

    /** Shingles shared by this fraction of the shorter text make two articles near-duplicates. */
    private static final double DUPLICATE_OVERLAP = 0.6;
    private static final int SHINGLE_WORDS = 4;
    /** A copy is published on the original's day or within the days after it. */
    private static final int COPY_DAYS_BEFORE = 1;
    private static final int COPY_DAYS_AFTER = 2;
    /** Tokens around a timex whose words describe what it dates. */
    private static final int CONTEXT_TOKENS = 10;
    private static final Set<String> NOT_A_LOWER_BOUND = Set.of("by", "until", "till", "before", "not", "than");
    private static final int SHARED_WORDS = 2;
    private static final int WEEKDAY_SHARED_WORDS = 3;
    private static final int COMMON_WORD_MIN_ARTICLES = 5;
    /** Shared words this close to the timex say what it dates. */
    private static final int TOPIC_DISTANCE = 4;
    private static final Set<String> CONTEXT_STOPWORDS = Set.of("the", "and", "for", "with", "that", "this", "from",
            "was", "were", "has", "have", "had", "been", "its", "his", "her", "their", "which", "who", "would", "will",
            "said", "says", "not", "but", "are", "also", "after", "before", "since", "into", "over", "about", "they",
            "when", "there", "than", "more", "any", "all", "out", "one", "two", "three", "new", "last", "next",
            "month", "year", "week", "day", "earlier", "later", "told", "she", "him");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "since", "by", "during", "until",
            "through", "before", "after", "from", "of");

    /** One piece of evidence: bounds (either may be null), how strong it is, and what it says. */
    private record Evidence(LocalDate earliest, LocalDate latest, int strength, String description) {
    }

    @Override
    public Optional<DateEstimate> estimate(Article undated, List<Article> related) {
        if (undated == null) return Optional.empty();
        List<Evidence> evidence = new ArrayList<>();
        urlEvidence(undated).ifPresent(evidence::add);
        List<Article> dated = related == null ? List.of()
                : related.stream().filter(a -> a != null && a.publishedDate() != null && a != undated).toList();
        for (Article other : dated) {
            duplicateEvidence(undated, other).ifPresent(evidence::add);
        }
        evidence.addAll(sharedEventEvidence(undated, dated));
        evidence.addAll(ownDateEvidence(undated));
        return combine(evidence);
    }

    /** Intersects the bounds, strongest evidence first, leaving out what contradicts the stronger. */
    private static Optional<DateEstimate> combine(List<Evidence> evidence) {
        List<Evidence> ranked = new ArrayList<>(evidence);
        ranked.sort(Comparator.comparingInt(Evidence::strength).reversed());
        LocalDate earliest = null;
        LocalDate latest = null;
        List<String> used = new ArrayList<>();
        for (Evidence e : ranked) {
            LocalDate newEarliest = later(earliest, e.earliest());
            LocalDate newLatest = earlier(latest, e.latest());
            if (newEarliest != null && newLatest != null && newLatest.isBefore(newEarliest)) continue;
            if (newEarliest == earliest && newLatest == latest) continue;
            earliest = newEarliest;
            latest = newLatest;
            used.add(e.description());
        }
        return used.isEmpty() ? Optional.empty() : Optional.of(new DateEstimate(earliest, latest, used));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.isAfter(a) ? b : a;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.isBefore(a) ? b : a;
    }

    // ---- the URL

    private static Optional<Evidence> urlEvidence(Article article) {
        String url = article.url();
        if (url == null || url.isBlank()) return Optional.empty();
        Matcher day = URL_DAY.matcher(url);
        if (day.find()) {
            LocalDate date = Calendar.date(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
            if (date != null) {
                return Optional.of(new Evidence(date, date, 4, "its URL carries the date " + date));
            }
        }
        Matcher month = URL_MONTH.matcher(url);
        if (month.find()) {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return Optional.of(new Evidence(yearMonth.atDay(1), yearMonth.atEndOfMonth(), 4,
                    "its URL carries the month " + yearMonth));
        }
        return Optional.empty();
    }

    // ---- near-duplicates

    private static Optional<Evidence> duplicateEvidence(Article undated, Article other) {
        boolean declared = other.id() != null
                && (other.id().equals(undated.duplicateOf()) || undated.id() != null && undated.id().equals(other.duplicateOf()));
        if (!declared && !nearDuplicates(undated.text(), other.text())) return Optional.empty();
        LocalDate published = other.publishedDate();
        return Optional.of(new Evidence(published.minusDays(COPY_DAYS_BEFORE), published.plusDays(COPY_DAYS_AFTER), 3,
                "near-duplicate of " + other.id() + " (" + published + ")"));
    }

    /** Most word 4-grams of the shorter text recur in the longer one. */
    static boolean nearDuplicates(String a, String b) {
        if (a == null || b == null) return false;
        Set<String> shinglesA = shingles(a);
        Set<String> shinglesB = shingles(b);
        if (shinglesA.isEmpty() || shinglesB.isEmpty()) return false;
        Set<String> smaller = shinglesA.size() <= shinglesB.size() ? shinglesA : shinglesB;
        Set<String> larger = smaller == shinglesA ? shinglesB : shinglesA;
        long shared = smaller.stream().filter(larger::contains).count();
        return shared >= DUPLICATE_OVERLAP * smaller.size();
    }

    private static Set<String> shingles(String text) {
        List<String> words = Token.tokenize(text).stream().filter(t -> t.kind() != Token.Kind.PUNCT).map(Token::lower).toList();
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE_WORDS)));
        }
        return shingles;
    }

    // ---- shared events

    /** Unresolved months, days and weekdays of the undated article that a dated article resolves in a like context. */
    private List<Evidence> sharedEventEvidence(Article undated, List<Article> dated) {
        List<Evidence> evidence = new ArrayList<>();
        if (dated.isEmpty()) return evidence;
        List<Token> tokens = Token.tokenize(undated.text());
        List<ContextTimex> others = new ArrayList<>();
        for (Article other : dated) {
            List<Token> otherTokens = Token.tokenize(other.text());
            for (Timex timex : other.timexes()) {
                others.add(new ContextTimex(other, timex, contextWords(other, otherTokens, timex)));
            }
        }
        Set<String> commonWords = commonWords(dated);
        for (Timex timex : undated.timexes()) {
            Unresolved unresolved = Unresolved.of(timex.value());
            if (unresolved == null) continue;
            Map<String, Integer> words = contextWords(undated, tokens, timex);
            ContextTimex best = null;
            List<String> bestShared = List.of();
            for (ContextTimex other : others) {
                String resolved = unresolved.resolvedBy(other.timex().value());
                if (resolved == null) continue;
                List<String> shared = words.keySet().stream()
                        .filter(w -> other.words().containsKey(w) && !commonWords.contains(w.toLowerCase(Locale.ROOT)))
                        .toList();
                if (isTopicalOverlap(shared, unresolved) && shared.size() > bestShared.size()) {
                    best = other;
                    bestShared = shared;
                }
            }
            if (best == null) continue;
            String resolved = unresolved.resolvedBy(best.timex().value());
            ClauseTense tense = ClauseTense.around(undated.text(), tokens, Token.indexAt(tokens, timex.start()),
                    Token.indexAt(tokens, timex.end() - 1) + 1);
            LocalDate first = Calendar.firstDay(resolved, null);
            LocalDate last = Calendar.lastDay(resolved);
            if (first == null || last == null) continue;
            String description = "mentions '" + withPreposition(undated.text(), tokens, timex) + "' about '"
                    + topic(bestShared, words) + "', which " + best.article().id() + " ("
                    + best.article().publishedDate() + ") dates " + resolved;
            // Only a clause that says the event is past or ahead bounds the publication.
            if (tense == ClauseTense.PAST) evidence.add(new Evidence(first, null, 2, description));
            if (tense == ClauseTense.FUTURE) evidence.add(new Evidence(null, last, 2, description + " (still ahead)"));
        }
        for (Timex timex : undated.timexes()) {
            if (!isRelativeToPublication(timex) || RECURRING.matcher(sentenceOf(undated.text(), timex)).find()) continue;
            Map<String, Integer> words = contextWords(undated, tokens, timex);
            List<LocalDate> days = null;
            ContextTimex best = null;
            List<String> bestShared = List.of();
            boolean ambiguous = false;
            Map<String, List<LocalDate>> daysByEvent = new HashMap<>();
            for (ContextTimex other : others) {
                List<String> shared = words.keySet().stream()
                        .filter(w -> other.words().containsKey(w) && !commonWords.contains(w.toLowerCase(Locale.ROOT)))
                        .toList();
                if (shared.size() < DEICTIC_SHARED_WORDS || shared.stream().noneMatch(w -> Character.isUpperCase(w.charAt(0)))
                        || other.words().containsKey("annual") || other.words().containsKey("yearly")) {
                    continue;
                }
                List<LocalDate> candidate = daysByEvent.computeIfAbsent(other.timex().value(),
                        event -> publicationDaysNaming(undated.text(), timex, event));
                if (candidate.isEmpty()) continue;
                // An event that recurs (a yearly conference) matches articles of several years: no evidence.
                if (days != null && (candidate.getFirst().isAfter(days.getLast()) || candidate.getLast().isBefore(days.getFirst()))) {
                    ambiguous = true;
                }
                if (shared.size() > bestShared.size()) {
                    days = candidate;
                    best = other;
                    bestShared = shared;
                }
            }
            if (best == null || ambiguous) continue;
            evidence.add(new Evidence(days.getFirst(), days.getLast().plusDays(PUBLICATION_LAG_DAYS), 2, "mentions '"
                    + withPreposition(undated.text(), tokens, timex) + "' about '" + topic(bestShared, words) + "', which "
                    + best.article().id() + " (" + best.article().publishedDate() + ") dates " + best.timex().value()));
        }
        return evidence;
    }

    /**
     * "today", "last month", "two years ago": an expression the undated article could not resolve that is no
     * month, day or weekday (those are matched above) and no bare clock time (which belongs to whatever day
     * the text is talking about).
     */
    private static boolean isRelativeToPublication(Timex timex) {
        String value = timex.value();
        return value.startsWith("XXXX") && Unresolved.of(value) == null && !CLOCK_TIME.matcher(value).matches();
    }

    private static final Pattern CLOCK_TIME = Pattern.compile(".*T[0-9].*");
    /** "this year's conference", "the annual meeting": an event that recurs names no one date. */
    private static final Pattern RECURRING = Pattern.compile("(?i)\\b(annual|yearly|year['\u2019]s)\\b");

    /** The sentence (or line) holding the expression: enough to read its tense again. */
    private static String sentenceOf(String text, Timex timex) {
        int nextLine = text.indexOf('\n', timex.end());
        int nextSentence = text.indexOf(". ", timex.end());
        int end = Math.min(nextLine < 0 ? text.length() : nextLine, nextSentence < 0 ? text.length() : nextSentence + 1);
        return text.substring(sentenceStart(text, timex), end);
    }

    private static int sentenceStart(String text, Timex timex) {
        return Math.max(text.lastIndexOf('\n', timex.start()), text.lastIndexOf(". ", timex.start())) + 1;
    }

    /** How far before or after an event a text that names it relative to its own day ("last month") may be. */
    private static final int DEICTIC_REACH_DAYS = 3 * 366;
    private static final int DEICTIC_SHARED_WORDS = 3;
    /** A day another article gives an event may be a day off (time zones, a report the day after). */
    private static final int EVENT_DAY_SLACK = 1;
    /** Text says "today" on the day it is written; it may be published some days later. */
    private static final int PUBLICATION_LAG_DAYS = 3;

    /**
     * The publication days under which an expression relative to the publication ("today", "last month", "two
     * years ago") denotes a period overlapping the event's, and no longer than it (a "today" says nothing of
     * which day of "2006" it is): its sentence is tagged again against each candidate day, so that the
     * tagger's own reading of tense and offset decides.
     */
    private List<LocalDate> publicationDaysNaming(String text, Timex timex, String eventValue) {
        LocalDate eventFirst = Calendar.firstDay(eventValue, null);
        LocalDate eventLast = Calendar.lastDay(eventValue);
        if (eventFirst == null || eventLast == null) return List.of();
        long eventLength = ChronoUnit.DAYS.between(eventFirst, eventLast);
        LocalDate first = eventFirst.minusDays(EVENT_DAY_SLACK);
        LocalDate last = eventLast.plusDays(EVENT_DAY_SLACK);
        int from = sentenceStart(text, timex);
        String sentence = sentenceOf(text, timex);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = eventFirst.minusDays(DEICTIC_REACH_DAYS); !day.isAfter(eventLast.plusDays(DEICTIC_REACH_DAYS));
                day = day.plusDays(1)) {
            for (Timex retagged : tagger.tag(sentence, day)) {
                if (retagged.start() + from != timex.start()) continue;
                LocalDate start = Calendar.firstDay(retagged.value(), null);
                LocalDate end = Calendar.lastDay(retagged.value());
                if (start != null && end != null && ChronoUnit.DAYS.between(start, end) >= eventLength
                        && !start.isAfter(last) && !end.isBefore(first)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    private record ContextTimex(Article article, Timex timex, Map<String, Integer> words) {
    }

    /** The shared words right next to the timex ("Hanoi summit"), else the two nearest, in text order. */
    private static String topic(List<String> shared, Map<String, Integer> distances) {
        List<String> adjacent = shared.stream().filter(w -> distances.get(w) <= TOPIC_DISTANCE).toList();
        if (adjacent.isEmpty()) {
            List<String> nearest = shared.stream().sorted(Comparator.comparing(distances::get)).limit(2).toList();
            adjacent = shared.stream().filter(nearest::contains).toList();
        }
        return String.join(" ", adjacent);
    }

    /**
     * An overlap names the same thing: shared words around both expressions, one of them a name. A weekday
     * recurs every week, so it needs more of them than a month or a day of the month.
     */
    private static boolean isTopicalOverlap(List<String> shared, Unresolved unresolved) {
        int needed = unresolved.weekday() != null ? WEEKDAY_SHARED_WORDS : SHARED_WORDS;
        return shared.size() >= needed && shared.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    /**
     * Words in more than a third of the related articles say what the whole story is about ("Apple",
     * "Boeing"), not which event; they do not count as shared context. Needs enough articles to tell.
     */
    private static Set<String> commonWords(List<Article> related) {
        if (related.size() < COMMON_WORD_MIN_ARTICLES) return Set.of();
        Map<String, Integer> articlesWith = new HashMap<>();
        for (Article article : related) {
            Token.tokenize(article.text()).stream().filter(Token::isWord).map(Token::lower).distinct()
                    .forEach(w -> articlesWith.merge(w, 1, Integer::sum));
        }
        Set<String> common = new HashSet<>();
        articlesWith.forEach((word, count) -> {
            if (count * 3 > related.size()) common.add(word);
        });
        return common;
    }

    /** The unresolved shape of a value and how a resolved value of the same month/day/weekday fills it. */
    private record Unresolved(Integer month, Integer day, Integer weekday) {
        static Unresolved of(String value) {
            Matcher m = UNRESOLVED_DAY.matcher(value);
            if (m.matches()) return new Unresolved(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null);
            m = UNRESOLVED_MONTH.matcher(value);
            if (m.matches()) return new Unresolved(Integer.parseInt(m.group(1)), null, null);
            m = UNRESOLVED_WEEKDAY.matcher(value);
            if (m.matches()) return new Unresolved(null, null, Integer.parseInt(m.group(1)));
            return null;
        }

        /** The resolved value at this one's granularity, or null when the other value is not the same date. */
        String resolvedBy(String value) {
            Matcher day = RESOLVED_DAY.matcher(value);
            if (day.matches()) {
                LocalDate date = Calendar.date(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3)));
                if (date == null) return null;
                if (weekday != null) return date.getDayOfWeek().getValue() == weekday ? date.toString() : null;
                if (month != date.getMonthValue()) return null;
                if (this.day == null) return Calendar.month(date.getYear(), month);
                return this.day == date.getDayOfMonth() ? date.toString() : null;
            }
            Matcher monthOnly = RESOLVED_MONTH.matcher(value);
            if (monthOnly.matches() && month != null && this.day == null
                    && Integer.parseInt(monthOnly.group(2)) == month) {
                return value;
            }
            return null;
        }
    }

    /**
     * Content words within a few tokens of the timex, in the same sentence, as written (names keep their
     * capital), in text order, each with its distance in tokens from the timex.
     */
    private static Map<String, Integer> contextWords(Article article, List<Token> tokens, Timex timex) {
        Span sentence = article.sentences().stream().filter(s -> s.contains(timex.start())).findFirst().orElse(null);
        int first = Token.indexAt(tokens, timex.start());
        int last = Token.indexAt(tokens, Math.max(timex.start(), timex.end() - 1));
        Map<String, Integer> words = new LinkedHashMap<>();
        for (int i = Math.max(0, first - CONTEXT_TOKENS); i < Math.min(tokens.size(), last + 1 + CONTEXT_TOKENS); i++) {
            Token token = tokens.get(i);
            if (i >= first && i <= last || !token.isWord() || token.text().length() < 3) continue;
            if (sentence != null && !sentence.contains(token.start())) continue;
            if (CONTEXT_STOPWORDS.contains(token.lower()) || TemporalLexicon.MONTHS.containsKey(token.lower())
                    || TemporalLexicon.WEEKDAYS.containsKey(token.lower())) {
                continue;
            }
            int distance = i < first ? first - i : i - last;
            words.merge(token.isCapitalised() && !isSentenceStart(tokens, i) ? token.text() : token.lower(), distance,
                    Math::min);
        }
        return words;
    }

    private static boolean isSentenceStart(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).is(".") || tokens.get(i - 1).is("\"") || tokens.get(i - 1).is("\u201c");
    }

    private static String withPreposition(String text, List<Token> tokens, Timex timex) {
        int first = Token.indexAt(tokens, timex.start());
        if (first > 0 && PREPOSITIONS.contains(tokens.get(first - 1).lower())) {
            return text.substring(tokens.get(first - 1).start(), timex.end());
        }
        return timex.text();
    }

    // ---- its own dates

    /** The latest absolute date (or year) it mentions in a past-tense clause. */
    private static List<Evidence> ownDateEvidence(Article article) {
        List<Token> tokens = Token.tokenize(article.text());
        Timex latestPast = null;
        LocalDate latestPastStart = null;
        Timex earliestFuture = null;
        LocalDate earliestFutureEnd = null;
        for (Timex timex : article.timexes()) {
            if (!isStatedAbsolutely(timex)) continue;
            LocalDate first = Calendar.firstDay(timex.value(), null);
            if (first == null) continue;
            int start = Token.indexAt(tokens, timex.start());
            int end = Token.indexAt(tokens, Math.max(timex.start(), timex.end() - 1)) + 1;
            // "by 2012", "not 2015": a deadline or a denied date says nothing about when the text was written.
            if (start > 0 && NOT_A_LOWER_BOUND.contains(tokens.get(start - 1).lower())) continue;
            ClauseTense tense = ClauseTense.around(article.text(), tokens, start, end);
            // "Boeing had hoped to have it ready for 2012": a hope or plan names its target, not what happened.
            if (tense == ClauseTense.PAST && precededInClause(tokens, start, TARGET_WORDS)) continue;
            // "released the 2011 version": a year naming a model or an edition may run a year ahead.
            if (tense == ClauseTense.PAST && namesAThing(tokens, timex, start, end)) first = first.minusYears(1);
            if (tense == ClauseTense.PAST && (latestPastStart == null || first.isAfter(latestPastStart))) {
                latestPastStart = first;
                latestPast = timex;
            }
            LocalDate last = Calendar.lastDay(timex.value());
            if (tense == ClauseTense.FUTURE && last != null && !plannedInThePast(tokens, start)
                    && (earliestFutureEnd == null || last.isBefore(earliestFutureEnd))) {
                earliestFutureEnd = last;
                earliestFuture = timex;
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        if (latestPast != null) {
            boolean yearAhead = latestPastStart.getYear() < Integer.parseInt(latestPast.value().substring(0, 4));
            evidence.add(new Evidence(latestPastStart, null, 1, "mentions '" + latestPast.text() + "' ("
                    + latestPast.value() + ") as past" + (yearAhead ? ", naming a thing that may run a year ahead" : "")));
        }
        // "will take delivery in 2011": written before that period was over.
        if (earliestFuture != null) {
            evidence.add(new Evidence(null, earliestFutureEnd, 1,
                    "mentions '" + earliestFuture.text() + "' (" + earliestFuture.value() + ") as still to come"));
        }
        return evidence;
    }

    /**
     * "was due to enter service in May 2008", "would open in 2011": a plan seen from the past, which may
     * have been overtaken by the time of writing, bounds nothing.
     */
    private static boolean plannedInThePast(List<Token> tokens, int start) {
        return precededInClause(tokens, start, PAST_PLAN_WORDS);
    }

    /** One of the words comes earlier in the clause, within reach of the expression starting at token start. */
    private static boolean precededInClause(List<Token> tokens, int start, Set<String> words) {
        for (int i = start - 1; i >= Math.max(0, start - PLAN_REACH); i--) {
            String word = tokens.get(i).lower();
            if (word.equals(".") || word.equals(";")) return false;
            if (words.contains(word)) return true;
        }
        return false;
    }

    private static final int PLAN_REACH = 15;
    private static final Set<String> PAST_PLAN_WORDS = Set.of("was", "were", "had", "would", "originally",
            "initially", "previously", "been");
    private static final Set<String> TARGET_WORDS = Set.of("hoped", "planned", "expected", "intended", "aimed",
            "scheduled", "due", "targeted", "slated", "promised", "pledged", "vowed", "forecast", "predicted",
            "projected", "anticipated");

    /** A bare year between a determiner and a word: "the 2011 version", "its 2009 model". */
    private static boolean namesAThing(List<Token> tokens, Timex timex, int start, int end) {
        if (timex.value().length() != 4 || end - start != 1 || end >= tokens.size() || start == 0) return false;
        String before = tokens.get(start - 1).lower();
        return (ClauseTense.DETERMINERS.contains(before) || before.equals("'s")) && tokens.get(end).isWord();
    }

    /**
     * A date the text states with its year ("June 12, 2018", "in 2018", "the first quarter of 2009"), not one
     * resolved against an anchor.
     */
    private static boolean isStatedAbsolutely(Timex timex) {
        String value = timex.value();
        if (Calendar.lastDay(value) == null) return false;
        String year = value.substring(0, 4);
        return timex.text().contains(year) || timex.text().contains(year.substring(2));
    }
}
