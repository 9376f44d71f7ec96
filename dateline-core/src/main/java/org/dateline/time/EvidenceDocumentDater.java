package org.dateline.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dateline.extract.WireDateline;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.Span;
import org.dateline.model.Timex;

/**
 * Dates an article that states no publication date from evidence, strongest first:
 * <ol>
 *   <li>a date in its URL ("/2019/06/26/");</li>
 *   <li>a dated near-duplicate among the related articles: published within a day or two of it;</li>
 *   <li>a wire dateline without its year ("NEW YORK, Dec. 11 (UPI) -"): that day, in the only year that puts it
 *       within the time of the dated related articles;</li>
 *   <li>shared events: an expression it leaves unresolved ("the Hanoi summit in February" -> XXXX-02) that a
 *       dated related article resolves in a context sharing its words ("Hanoi summit" near a 2019-02 timex):
 *       reported as past, the event bounds the publication from below, announced as future, from above; and an
 *       expression relative to the publication ("Last month, Northrop Grumman defeated Boeing") that a dated
 *       related article dates ("On February 29, Northrop Grumman ...") places the publication itself;</li>
 *   <li>its own absolute dates and years: mentioned as past, lower bounds (not one far beyond the whole story); as
 *       still to come ("will open in 2011"), upper bounds.</li>
 * </ol>
 * Bounds are intersected from the strongest down; evidence that contradicts stronger evidence is left out.
 * Every estimate names its evidence; without any there is none. Stateless and thread-safe.
 */
public final class EvidenceDocumentDater implements DocumentDater {

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
    private static final Set<String> NOT_A_LOWER_BOUND = Set.of("by", "until", "till", "before", "not", "than", "for");
    private static final int SHARED_WORDS = 2;
    private static final int WEEKDAY_SHARED_WORDS = 3;
    /**
     * A weekday or an expression relative to the publication ("last month") recurs: what it dates must be named by
     * this many shared words close to it ("on Friday" about "Ryan" is any Friday Ryan did something).
     */
    private static final int NEAR_SHARED_WORDS = 2;
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
        return estimateAll(Collections.singletonList(undated), related).getFirst();
    }

    /** The related articles are read and indexed once for all the undated ones. */
    @Override
    public List<Optional<DateEstimate>> estimateAll(List<Article> undated, List<Article> related) {
        Neighbours neighbours = new Neighbours(related);
        List<Optional<DateEstimate>> estimates = new ArrayList<>(undated.size());
        for (Article article : undated) estimates.add(article == null ? Optional.empty() : estimate(article, neighbours));
        return estimates;
    }

    private static Optional<DateEstimate> estimate(Article undated, Neighbours neighbours) {
        List<Evidence> evidence = new ArrayList<>();
        urlEvidence(undated).ifPresent(evidence::add);
        evidence.addAll(duplicateEvidence(undated, neighbours));
        StoryTime story = StoryTime.of(undated, neighbours);
        datelineEvidence(undated, story).ifPresent(evidence::add);
        evidence.addAll(sharedEventEvidence(undated, neighbours));
        evidence.addAll(ownDateEvidence(undated, story));
        return combine(evidence);
    }

    /**
     * The dated related articles, read once: their shingles, the words around each of their expressions (indexed
     * by word), and a word vector each, to tell which of them are most like an undated article. An article is not
     * its own neighbour (the same object or the same id).
     */
    private static final class Neighbours {
        final List<Article> articles;
        final List<Set<String>> shingles = new ArrayList<>();
        final List<Map<String, Double>> vectors = new ArrayList<>();
        final List<ContextTimex> timexes = new ArrayList<>();
        final Map<String, List<Integer>> timexesByWord = new HashMap<>();
        /** How many of the articles hold each (lower-cased) word. */
        final Map<String, Integer> articlesWith = new HashMap<>();
        /**
         * Words in more than a third of the articles say what the whole story is about ("Apple", "Boeing"), not
         * which event; they do not count as shared context. Needs enough articles to tell.
         */
        final Set<String> commonWords = new HashSet<>();

        Neighbours(List<Article> related) {
            articles = related == null ? List.of()
                    : related.stream().filter(a -> a != null && a.publishedDate() != null).toList();
            List<List<Token>> tokensOf = new ArrayList<>();
            for (int source = 0; source < articles.size(); source++) {
                Article article = articles.get(source);
                List<Token> tokens = Token.tokenize(article.text());
                tokensOf.add(tokens);
                shingles.add(shingles(tokens));
                tokens.stream().filter(Token::isWord).map(Token::lower).distinct()
                        .forEach(w -> articlesWith.merge(w, 1, Integer::sum));
                for (Timex timex : article.timexes()) {
                    Map<String, Integer> words = contextWords(article, tokens, timex);
                    for (String word : words.keySet()) {
                        timexesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(timexes.size());
                    }
                    timexes.add(new ContextTimex(source, article, timex, words));
                }
            }
            if (articles.size() >= COMMON_WORD_MIN_ARTICLES) {
                articlesWith.forEach((word, count) -> {
                    if (count * 3 > articles.size()) commonWords.add(word);
                });
            }
            for (List<Token> tokens : tokensOf) vectors.add(vector(tokens));
        }

        static boolean isSelf(Article neighbour, Article undated) {
            return neighbour == undated || neighbour.id() != null && neighbour.id().equals(undated.id());
        }

        /** Words weighted by how rare they are among the articles (tf-idf), as a unit vector. */
        Map<String, Double> vector(List<Token> tokens) {
            Map<String, Double> vector = new HashMap<>();
            for (Token token : tokens) {
                if (!token.isWord() || token.text().length() < 3) continue;
                double rarity = Math.log((articles.size() + 1.0) / articlesWith.getOrDefault(token.lower(), 1));
                vector.merge(token.lower(), rarity, Double::sum);
            }
            double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
            if (norm > 0) vector.replaceAll((word, w) -> w / norm);
            return vector;
        }

        /** The indices of the articles most like the undated one (cosine of word vectors), itself aside. */
        Set<Integer> mostLike(Article undated, List<Token> tokens) {
            Map<String, Double> vector = vector(tokens);
            double[] similarity = new double[articles.size()];
            for (int i = 0; i < articles.size(); i++) {
                Map<String, Double> other = vectors.get(i);
                for (var entry : vector.entrySet()) similarity[i] += entry.getValue() * other.getOrDefault(entry.getKey(), 0.0);
            }
            return IntStream.range(0, articles.size()).boxed()
                    .filter(i -> !isSelf(articles.get(i), undated))
                    .sorted(Comparator.comparingDouble((Integer i) -> -similarity[i]).thenComparing(i -> i))
                    .limit(MOST_LIKE).collect(Collectors.toSet());
        }

        /** The expressions of the given articles whose context shares a word with this one, in order. */
        List<ContextTimex> sharingWith(Map<String, Integer> words, Set<Integer> sources) {
            TreeSet<Integer> found = new TreeSet<>();
            for (String word : words.keySet()) {
                if (commonWords.contains(word.toLowerCase(Locale.ROOT))) continue;
                found.addAll(timexesByWord.getOrDefault(word, List.of()));
            }
            return found.stream().map(timexes::get).filter(t -> sources.contains(t.source())).toList();
        }

        /** The words of a context that the other context shares, common words aside, in text order. */
        List<String> shared(Map<String, Integer> words, ContextTimex other) {
            return words.keySet().stream()
                    .filter(w -> other.words().containsKey(w) && !commonWords.contains(w.toLowerCase(Locale.ROOT)))
                    .toList();
        }
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

    // ---- a dateline without its year

    /** How far into the text a dateline may stand (after a headline). */
    private static final int DATELINE_REACH = 400;
    /** How far beyond the dated related articles' first and last days the story may have begun or gone on. */
    private static final int STORY_SLACK_DAYS = 31;

    /**
     * "NEW YORK, Dec. 11 (UPI) —": a wire dateline names the day of writing but not its year, in the text or as the
     * dateline the extractor split off. The dated related articles tell the year where only one of its years puts
     * that day within the story's time (give or take a month); the publication is that day or the one before or
     * after it (time zones, a late edition).
     */
    private static Optional<Evidence> datelineEvidence(Article undated, StoryTime story) {
        WireDateline dateline = openingDateline(undated);
        if (dateline == null || dateline.day() == null) return Optional.empty();
        if (dateline.year() != null) return writtenOn(dayIn(dateline.year(), dateline.day()), dateline.named());
        return dayOfTheStory(dateline.day(), dateline.named(), story);
    }

    /** The dateline the extractor split off, or else the one a line near the top of the text opens with. */
    private static WireDateline openingDateline(Article article) {
        if (article.dateline() != null) return WireDateline.named(article.dateline());
        String text = article.text();
        int line = 0;
        while (line < DATELINE_REACH && line <= text.length()) {
            int lineEnd = text.indexOf('\n', line);
            if (lineEnd < 0) lineEnd = text.length();
            Optional<WireDateline> found = WireDateline.opening(text.substring(line, lineEnd).strip());
            if (found.isPresent()) return found.get();
            line = lineEnd + 1;
        }
        return null;
    }

    /** "JERUSALEM, March 21, 2013 (Reuters) -": the day of writing, or the one before or after it. */
    private static Optional<Evidence> writtenOn(LocalDate day, String named) {
        if (day == null) return Optional.empty();
        return Optional.of(new Evidence(day.minusDays(1), day.plusDays(1), 3, "its dateline is dated '" + named + "'"));
    }

    /** The day in that year, or null (February 29 of a common year). */
    private static LocalDate dayIn(int year, MonthDay day) {
        return Calendar.date(year, day.getMonthValue(), day.getDayOfMonth());
    }

    private static Optional<Evidence> dayOfTheStory(MonthDay day, String named, StoryTime story) {
        if (story == null) return Optional.empty();
        List<LocalDate> candidates = new ArrayList<>();
        for (int year = story.first().getYear() - 1; year <= story.last().getYear() + 1; year++) {
            LocalDate candidate = dayIn(year, day);
            if (candidate != null && !candidate.isBefore(story.first().minusDays(STORY_SLACK_DAYS))
                    && !candidate.isAfter(story.last().plusDays(STORY_SLACK_DAYS))) {
                candidates.add(candidate);
            }
        }
        if (candidates.size() != 1) return Optional.empty();
        LocalDate written = candidates.getFirst();
        return Optional.of(new Evidence(written.minusDays(1), written.plusDays(1), 3, "its dateline names '" + named
                + "' without a year; of its years only " + written.getYear()
                + " falls within the dated related articles' time (" + story.first() + " to " + story.last() + ")"));
    }

    /** The first and last publication days of the dated related articles, the undated one's own copy aside. */
    private record StoryTime(LocalDate first, LocalDate last, int articles) {
        static StoryTime of(Article undated, Neighbours neighbours) {
            LocalDate first = null;
            LocalDate last = null;
            int articles = 0;
            for (Article other : neighbours.articles) {
                if (Neighbours.isSelf(other, undated)) continue;
                LocalDate published = other.publishedDate();
                if (first == null || published.isBefore(first)) first = published;
                if (last == null || published.isAfter(last)) last = published;
                articles++;
            }
            return first == null ? null : new StoryTime(first, last, articles);
        }
    }

    // ---- near-duplicates

    private static List<Evidence> duplicateEvidence(Article undated, Neighbours neighbours) {
        Set<String> shingles = null;
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < neighbours.articles.size(); i++) {
            Article other = neighbours.articles.get(i);
            if (Neighbours.isSelf(other, undated)) continue;
            boolean declared = other.id() != null && (other.id().equals(undated.duplicateOf())
                    || undated.id() != null && undated.id().equals(other.duplicateOf()));
            if (!declared) {
                if (shingles == null) shingles = shingles(Token.tokenize(undated.text()));
                if (!nearDuplicates(shingles, neighbours.shingles.get(i))) continue;
            }
            LocalDate published = other.publishedDate();
            evidence.add(new Evidence(published.minusDays(COPY_DAYS_BEFORE), published.plusDays(COPY_DAYS_AFTER), 3,
                    "near-duplicate of " + other.id() + " (" + published + ")"));
        }
        return evidence;
    }

    /** Most word 4-grams of the shorter text recur in the longer one. */
    private static boolean nearDuplicates(Set<String> shinglesA, Set<String> shinglesB) {
        if (shinglesA.isEmpty() || shinglesB.isEmpty()) return false;
        Set<String> smaller = shinglesA.size() <= shinglesB.size() ? shinglesA : shinglesB;
        Set<String> larger = smaller == shinglesA ? shinglesB : shinglesA;
        long shared = smaller.stream().filter(larger::contains).count();
        return shared >= DUPLICATE_OVERLAP * smaller.size();
    }

    private static Set<String> shingles(List<Token> tokens) {
        List<String> words = tokens.stream().filter(t -> t.kind() != Token.Kind.PUNCT).map(Token::lower).toList();
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE_WORDS)));
        }
        return shingles;
    }

    // ---- shared events

    /**
     * The undated article's expressions that one of the articles most like it dates in a like context: an
     * unresolved month, day or weekday ("in February") that the neighbour resolves, bounding the publication by
     * the tense of its clause; or an expression relative to the publication ("last month") that places it. Every
     * like context (two shared words, one a name) must date it alike: a weekday recurs every week, a conference
     * every year, and a story's articles often name the same people around different dates.
     */
    private static List<Evidence> sharedEventEvidence(Article undated, Neighbours neighbours) {
        List<Evidence> evidence = new ArrayList<>();
        if (neighbours.articles.isEmpty()) return evidence;
        List<Token> tokens = Token.tokenize(undated.text());
        Set<Integer> mostLike = neighbours.mostLike(undated, tokens);
        for (Timex timex : undated.timexes()) {
            Unresolved unresolved = Unresolved.of(timex.value());
            Rereading rereading = unresolved == null && isRelativeToPublication(timex)
                    ? new Rereading(undated.text(), timex) : null;
            boolean relative = rereading != null && !RECURRING.matcher(rereading.sentence).find();
            if (unresolved == null && !relative) continue;
            ClauseTense tense = unresolved != null ? tenseOfEvent(undated.text(), tokens, timex) : ClauseTense.UNKNOWN;
            Map<String, Integer> words = contextWords(undated, tokens, timex);
            Map<String, Optional<Evidence>> readings = new HashMap<>();
            List<Evidence> alike = new ArrayList<>();
            Evidence best = null;
            int bestShared = 0;
            for (ContextTimex other : neighbours.sharingWith(words, mostLike)) {
                List<String> shared = neighbours.shared(words, other);
                if (shared.size() < SHARED_WORDS || shared.stream().noneMatch(EvidenceDocumentDater::isName)) continue;
                String value = other.timex().value();
                String resolved = unresolved == null ? value : unresolved.resolvedBy(value);
                if (resolved == null) continue;
                Optional<Evidence> reading = readings.computeIfAbsent(resolved,
                        r -> unresolved != null ? boundedBy(tense, r) : placedBy(rereading, r));
                if (reading.isEmpty()) continue;
                alike.add(reading.get());
                boolean enough = unresolved != null ? isTopicalOverlap(shared, unresolved, words)
                        : shared.size() >= DEICTIC_SHARED_WORDS && nearWords(shared, words) >= NEAR_SHARED_WORDS
                        && !other.words().containsKey("annual") && !other.words().containsKey("yearly");
                if (enough && shared.size() > bestShared) {
                    bestShared = shared.size();
                    best = new Evidence(reading.get().earliest(), reading.get().latest(), 2, "mentions '"
                            + withPreposition(undated.text(), tokens, timex) + "' about '" + topic(shared, words)
                            + "', which " + other.article().id() + " (" + other.article().publishedDate() + ") dates "
                            + reading.get().description());
                }
            }
            if (best != null && agree(alike, relative)) evidence.add(best);
        }
        return evidence;
    }

    /** Neighbours agree on a month or day when they resolve it alike, on a relative expression when they overlap. */
    private static boolean agree(List<Evidence> readings, boolean relative) {
        for (Evidence a : readings) {
            for (Evidence b : readings) {
                if (relative ? a.latest().isBefore(b.earliest()) : !a.description().equals(b.description())) return false;
            }
        }
        return true;
    }

    private static boolean isName(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    /**
     * What a neighbour's date for an unresolved expression says of the publication: after it where the clause
     * reports it as past, before its end where the clause announces it; nothing otherwise. The description is
     * the date, with "(still ahead)" for an announced one.
     */
    private static Optional<Evidence> boundedBy(ClauseTense tense, String resolved) {
        LocalDate first = Calendar.firstDay(resolved, null);
        LocalDate last = Calendar.lastDay(resolved);
        if (first == null || last == null) return Optional.empty();
        if (tense == ClauseTense.PAST) return Optional.of(new Evidence(first, null, 2, resolved));
        if (tense == ClauseTense.FUTURE) return Optional.of(new Evidence(null, last, 2, resolved + " (still ahead)"));
        return Optional.empty();
    }

    /** "before the Iowa caucuses Feb. 1", "through the California primary on June 7": awaited from the clause. */
    private static final Set<String> AWAITED = Set.of("before", "until", "till", "through", "ahead", "toward",
            "towards", "awaiting");
    private static final int AWAITED_REACH = 6;

    /** The expression modifies a noun: "the June 7 primary", "Tuesday's primary", "his 2004 address". */
    private static boolean isAttributive(List<Token> tokens, int first, int end) {
        if (end >= tokens.size()) return false;
        if (Token.isPossessiveAt(tokens, end)) return true;
        return tokens.get(end).isWord() && ClauseTense.isDetermined(tokens, first);
    }

    /**
     * Whether what the expression dates is past or ahead of the text. A date that modifies a noun ("the June 7
     * primary", "Tuesday's primary") takes no tense from its clause ("campaigned ahead of the June 7 primary"):
     * only a sure cue ("ahead of", "will") says it is ahead.
     */
    private static ClauseTense tenseOfEvent(String text, List<Token> tokens, Timex timex) {
        int first = Token.indexAt(tokens, timex.start());
        int end = Token.indexAt(tokens, Math.max(timex.start(), timex.end() - 1)) + 1;
        if (isAttributive(tokens, first, end)) {
            if (ClauseTense.surelyAhead(text, tokens, first)) return ClauseTense.FUTURE;
            // "attacked him in Saturday's debate", "trailed at Iowa's Feb. 1 caucuses": what happened in, at or
            // during the event dates it, if past.
            int before = prepositionOfNounPhrase(tokens, first);
            boolean within = before >= 0 && WITHIN_EVENT.contains(tokens.get(before).lower());
            return within && ClauseTense.around(text, tokens, first, end) == ClauseTense.PAST ? ClauseTense.PAST
                    : ClauseTense.UNKNOWN;
        }
        return isAwaited(tokens, first) ? ClauseTense.UNKNOWN : ClauseTense.around(text, tokens, first, end);
    }

    /** Prepositions that put what happened inside an event: "in Saturday's debate", "at the June 7 primary". */
    private static final Set<String> WITHIN_EVENT = Set.of("in", "at", "during");
    /** How many capitalised words the owner before the expression may have ("Iowa's", "New Hampshire's"). */
    private static final int OWNER_WORDS = 3;

    /**
     * The token before the noun phrase that the expression at token first opens or follows the determiner of ("in
     * [the June 7 primary]", "at [Iowa's Feb. 1 caucuses]"), or -1.
     */
    private static int prepositionOfNounPhrase(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && ClauseTense.DETERMINERS.contains(tokens.get(k).lower())) return k - 1;
        if (!Token.isPossessiveAt(tokens, k - 1)) return k;
        k -= 2;
        for (int words = 0; words < OWNER_WORDS && k >= 0 && tokens.get(k).isCapitalised(); words++) k--;
        return k;
    }

    /** A word of waiting shortly before the expression, with no punctuation between. */
    private static boolean isAwaited(List<Token> tokens, int first) {
        for (int i = first - 1; i >= Math.max(0, first - AWAITED_REACH); i--) {
            if (!tokens.get(i).isWord()) return false;
            if (AWAITED.contains(tokens.get(i).lower())) return true;
        }
        return false;
    }

    /** The publication days under which a relative expression names the neighbour's date, plus the lag. */
    private static Optional<Evidence> placedBy(Rereading rereading, String eventValue) {
        List<LocalDate> days = publicationDaysNaming(rereading, eventValue);
        if (days.isEmpty()) return Optional.empty();
        return Optional.of(new Evidence(days.getFirst(), days.getLast().plusDays(PUBLICATION_LAG_DAYS), 2, eventValue));
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

    /**
     * The sentence (or line) holding the expression: enough to read its tense again. A run-on line (junk, a
     * table) is cut at a space some way either side, so that reading it again stays cheap.
     */
    private static String sentenceOf(String text, Timex timex, int start) {
        int limit = Math.min(text.length(), timex.end() + SENTENCE_REACH_CHARS);
        int end = limit;
        for (int i = timex.end(); i < limit; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                end = text.charAt(i) == '.' ? i + 1 : i;
                break;
            }
        }
        if (end == limit && limit < text.length()) {
            int space = text.lastIndexOf(' ', limit);
            end = space > timex.end() ? space : timex.end();
        }
        return text.substring(start, end);
    }

    private static int sentenceStart(String text, Timex timex) {
        int limit = Math.max(0, timex.start() - SENTENCE_REACH_CHARS);
        for (int i = timex.start() - 1; i >= limit; i--) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        if (limit == 0) return 0;
        int space = text.indexOf(' ', limit);
        return space < 0 || space >= timex.start() ? timex.start() : space + 1;
    }

    private static final int SENTENCE_REACH_CHARS = 400;

    /** How far before or after an event a text that names it relative to its own day ("last month") may be. */
    private static final int DEICTIC_REACH_DAYS = 3 * 366;
    private static final int DEICTIC_SHARED_WORDS = 3;
    /** How many of the articles most like an undated one may date its events. */
    private static final int MOST_LIKE = 5;
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
    private static List<LocalDate> publicationDaysNaming(Rereading rereading, String eventValue) {
        LocalDate eventFirst = Calendar.firstDay(eventValue, null);
        LocalDate eventLast = Calendar.lastDay(eventValue);
        if (eventFirst == null || eventLast == null) return List.of();
        long eventLength = ChronoUnit.DAYS.between(eventFirst, eventLast);
        LocalDate first = eventFirst.minusDays(EVENT_DAY_SLACK);
        LocalDate last = eventLast.plusDays(EVENT_DAY_SLACK);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = eventFirst.minusDays(DEICTIC_REACH_DAYS); !day.isAfter(eventLast.plusDays(DEICTIC_REACH_DAYS));
                day = day.plusDays(1)) {
            LocalDate[] read = rereading.against(day);
            if (read.length == 2 && ChronoUnit.DAYS.between(read[0], read[1]) >= eventLength
                    && !read[0].isAfter(last) && !read[1].isBefore(first)) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * An expression relative to the publication, read again against candidate publication days: its sentence
     * is found once, and each day's reading is kept, since every neighbour's date is tried against the same days.
     */
    private static final class Rereading {
        /** Reads expressions relative to the publication day; stateless, so one serves every thread. */
        private static final TemporalTagger TAGGER = new RuleTemporalTagger();

        final String sentence;
        private final int start;
        private final Map<LocalDate, LocalDate[]> readings = new HashMap<>();

        Rereading(String text, Timex timex) {
            int from = sentenceStart(text, timex);
            sentence = sentenceOf(text, timex, from);
            start = timex.start() - from;
        }

        /** The period [first, last] the expression names when the text is published on the day, or none. */
        LocalDate[] against(LocalDate day) {
            return readings.computeIfAbsent(day, d -> {
                for (Timex retagged : TAGGER.tag(sentence, d)) {
                    if (retagged.start() != start) continue;
                    LocalDate first = Calendar.firstDay(retagged.value(), null);
                    LocalDate last = Calendar.lastDay(retagged.value());
                    if (first != null && last != null) return new LocalDate[] {first, last};
                }
                return new LocalDate[0];
            });
        }
    }

    private record ContextTimex(int source, Article article, Timex timex, Map<String, Integer> words) {
    }

    /** The shared words right next to the timex ("Hanoi summit"), else the two nearest, in text order. */
    /** How many shared words stand within {@link #TOPIC_DISTANCE} of the expression. */
    private static long nearWords(List<String> shared, Map<String, Integer> distances) {
        return shared.stream().filter(w -> distances.get(w) <= TOPIC_DISTANCE).count();
    }

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
     * recurs every week, so it needs more of them than a month or a day of the month, two of them close by.
     */
    private static boolean isTopicalOverlap(List<String> shared, Unresolved unresolved, Map<String, Integer> distances) {
        if (unresolved.weekday() != null && nearWords(shared, distances) < NEAR_SHARED_WORDS) return false;
        int needed = unresolved.weekday() != null ? WEEKDAY_SHARED_WORDS : SHARED_WORDS;
        return shared.size() >= needed && shared.stream().anyMatch(EvidenceDocumentDater::isName);
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
            String word = token.isCapitalised() && !ClauseTense.isSentenceStart(tokens, i) ? token.text() : token.lower();
            words.merge(word, distance, Math::min);
        }
        return words;
    }

    private static String withPreposition(String text, List<Token> tokens, Timex timex) {
        int first = Token.indexAt(tokens, timex.start());
        if (first > 0 && PREPOSITIONS.contains(tokens.get(first - 1).lower())) {
            return text.substring(tokens.get(first - 1).start(), timex.end());
        }
        return timex.text();
    }

    // ---- its own dates

    /**
     * With this many dated related articles, a date more than {@value #FAR_YEARS} year after all of them is no past
     * of this article ("2047 registered voters", "cut emissions by 2030" misread as past), and one more than that
     * before all of them is nothing still to come ("the 2008 race" misread as ahead).
     */
    private static final int FAR_MIN_ARTICLES = 3;
    private static final int FAR_YEARS = 1;

    /** The latest absolute date (or year) it mentions in a past-tense clause. */
    private static List<Evidence> ownDateEvidence(Article article, StoryTime story) {
        boolean storied = story != null && story.articles() >= FAR_MIN_ARTICLES;
        LocalDate farPast = storied ? story.last().plusYears(FAR_YEARS) : null;
        LocalDate longGone = storied ? story.first().minusYears(FAR_YEARS) : null;
        List<Token> tokens = Token.tokenize(article.text());
        Timex latestPast = null;
        LocalDate latestPastStart = null;
        Timex earliestFuture = null;
        LocalDate earliestFutureEnd = null;
        LocalDate latestNotAhead = null;
        for (Timex timex : article.timexes()) {
            if (!isStatedAbsolutely(timex)) continue;
            LocalDate first = Calendar.firstDay(timex.value(), null);
            if (first == null) continue;
            int start = Token.indexAt(tokens, timex.start());
            int end = Token.indexAt(tokens, Math.max(timex.start(), timex.end() - 1)) + 1;
            // "by 2012", "not 2015", "premiums rose for 2016": a deadline, a denied date or a period aimed at says nothing
            // about when the text was written.
            if (start > 0 && NOT_A_LOWER_BOUND.contains(tokens.get(start - 1).lower())) continue;
            ClauseTense tense = ClauseTense.around(article.text(), tokens, start, end);
            // "Boeing had hoped to have it ready for 2012": a hope or plan names its target, not what happened.
            if (tense == ClauseTense.PAST && precededInClause(tokens, start, TARGET_WORDS)) continue;
            // "released the 2011 version", "the race for the nomination in 2016 has taken shape": a year naming a
            // model, an edition or an event may run a year ahead.
            if (tense == ClauseTense.PAST && timex.value().length() == 4 && end - start == 1
                    && (isAttributive(tokens, start, end) || namesAnEvent(tokens, start))) {
                first = first.minusYears(1);
            }
            if (tense == ClauseTense.PAST && farPast != null && first.isAfter(farPast)) continue;
            if (tense == ClauseTense.PAST && (latestPastStart == null || first.isAfter(latestPastStart))) {
                latestPastStart = first;
                latestPast = timex;
            }
            LocalDate last = Calendar.lastDay(timex.value());
            if (tense != ClauseTense.FUTURE && (latestNotAhead == null || first.isAfter(latestNotAhead))) latestNotAhead = first;
            // "will bookend his 2004 convention address", "before the 2020 election": not announced by the clause.
            if (tense == ClauseTense.FUTURE && (isAttributive(tokens, start, end) || isAwaited(tokens, start))) {
                tense = ClauseTense.UNKNOWN;
            }
            if (tense == ClauseTense.FUTURE && longGone != null && last != null && last.isBefore(longGone)) continue;
            if (tense == ClauseTense.FUTURE && last != null && !plannedInThePast(tokens, start)
                    && (earliestFutureEnd == null || last.isBefore(earliestFutureEnd))) {
                earliestFutureEnd = last;
                earliestFuture = timex;
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        if (latestPast != null) {
            boolean yearAhead = latestPastStart.getYear() < Integer.parseInt(latestPast.value().substring(0, 4));
            // A day stated in universal time (a tweet's, a wire's timestamp) may already be the next day where the
            // article was published.
            if (RESOLVED_DAY.matcher(latestPast.value()).matches()) latestPastStart = latestPastStart.minusDays(1);
            evidence.add(new Evidence(latestPastStart, null, 1, "mentions '" + latestPast.text() + "' ("
                    + latestPast.value() + ") as past" + (yearAhead ? ", naming a thing that may run a year ahead" : "")));
        }
        // "will take delivery in 2011": written before that period was over. A misread tense ("agreed to sell it
        // in 2010" beside "in 2016") is caught where the text mentions a later date otherwise.
        if (earliestFuture != null && (latestNotAhead == null || !latestNotAhead.isAfter(earliestFutureEnd))) {
            evidence.add(new Evidence(null, earliestFutureEnd, 1,
                    "mentions '" + earliestFuture.text() + "' (" + earliestFuture.value() + ") as still to come"));
        }
        return evidence;
    }

    /** Events named by their year: "the nomination in 2016", "the election of 2008". */
    private static final Set<String> YEAR_EVENTS = Set.of("election", "elections", "race", "nomination", "campaign",
            "primary", "primaries", "caucuses", "convention", "contest", "bid", "run", "olympics", "games", "cup",
            "season", "budget");

    /** The year at token start follows an event's name and "in", "of" or "for": "the nomination in 2016". */
    private static boolean namesAnEvent(List<Token> tokens, int start) {
        return start >= 2 && (tokens.get(start - 1).is("in") || tokens.get(start - 1).is("of")
                || tokens.get(start - 1).is("for")) && YEAR_EVENTS.contains(tokens.get(start - 2).lower());
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
            "projected", "anticipated", "eyeing", "potential", "possible", "prospective", "delay", "delayed",
            "postponed");

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
