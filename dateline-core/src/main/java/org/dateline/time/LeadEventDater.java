package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/**
 * Dates an article's event from its lead: the day its main reporting clause names ("Sanders said on
 * Monday" -> that Monday), else the first specific day of the lead that is not about the future; failing
 * that, the publication date, or the estimated one. News leads state when the reported thing happened.
 * An event mention elsewhere takes the nearest date of its own sentence, else the lead's event when it is past,
 * else the day of writing; a quote takes the date of its attribution, else the lead's event.
 * Stateless and thread-safe.
 */
public final class LeadEventDater implements EventDater {

    /** The lead: the first sentences of the body, where news states its event. */
    private static final int LEAD_SENTENCES = 2;
    private static final int LEAD_FALLBACK_CHARS = 400;
    /** How far (in tokens) a reporting verb may stand from the day it governs ("said on Monday"). */
    private static final int REPORTING_DISTANCE = 3;
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "announced", "reported",
            "confirmed", "declared", "stated", "added", "wrote", "tweeted", "revealed", "disclosed", "warned",
            "posted", "predicted", "claimed", "announces", "reports", "posts", "tells", "confirms", "claims",
            "warns", "reveals", "predicts");

    /** Present forms of "have" and "be": what the article says is the case when it was written. */
    private static final Set<String> PRESENT_FORMS = Set.of("has", "have", "is", "are", "am");
    private static final Set<String> PLANNING_WORDS = Set.of("slated", "scheduled", "expected", "due", "planned",
            "plans", "plan", "intends", "intended", "aims", "aimed", "hopes", "hoped");

    @Override
    public EventDate dateOf(Article article) {
        if (article == null) return EventDate.UNKNOWN;
        List<Span> lead = lead(article);
        Passage passage = Passage.of(article.text(), new Span(lead.getFirst().start(), lead.getLast().end()));
        Timex reported = null;
        Timex firstSpecific = null;
        for (Timex timex : article.timexes()) {
            if (!within(lead, timex) || specificDay(timex) == null) continue;
            int first = passage.first(timex.start());
            int end = passage.end(timex.end());
            if (reported == null && nearReportingVerb(passage.tokens(), first, end)) reported = timex;
            if (firstSpecific == null
                    && ClauseTense.around(passage.text(), passage.tokens(), first, end) != ClauseTense.FUTURE) {
                firstSpecific = timex;
            }
        }
        Timex chosen = reported != null ? reported : firstSpecific;
        boolean fromEstimate = article.publishedDate() == null;
        if (chosen != null) {
            String why = (reported != null ? "lead reports it on '" : "lead dates it '") + chosen.text() + "'"
                    + (fromEstimate ? " (resolved against an estimated publication date)" : "");
            return new EventDate(specificDay(chosen), fromEstimate, why);
        }
        return publicationDate(article);
    }

    /** The publication date, or the estimated one; unknown without either. */
    private static EventDate publicationDate(Article article) {
        LocalDate published = article.publishedDate();
        if (published != null) return new EventDate(published.toString(), false, "publication date");
        DateEstimate estimate = article.publishedEstimate();
        if (estimate != null && (estimate.earliest() != null || estimate.latest() != null)) {
            String bounds = "estimated publication date " + (estimate.earliest() == null ? "" : "from " + estimate.earliest())
                    + (estimate.latest() == null ? "" : " to " + estimate.latest());
            return new EventDate(commonValue(estimate), true,
                    bounds.trim() + ": " + String.join("; ", estimate.evidence()));
        }
        return EventDate.UNKNOWN;
    }

    @Override
    public EventDate dateOf(Article article, Span mention) {
        if (article == null || mention == null) return EventDate.UNKNOWN;
        Span sentence = sentenceAround(article, mention);
        Passage passage = Passage.of(article.text(), sentence);
        List<Token> tokens = passage.tokens();
        int mentionFirst = passage.first(mention.start());
        int mentionEnd = Math.max(mentionFirst + 1, passage.end(mention.end()));
        if (mentionFirst >= tokens.size()) return dateOf(article);
        // A verb of reporting or of planning takes only a date right beside it or before it ("announced Monday", "On
        // Monday, it announced"); the later ones date what was reported or planned ("announced that it would open in
        // 2007", "is slated for a release on June 24").
        String word = tokens.get(mentionFirst).lower();
        boolean reportsOrPlans = mentionEnd - mentionFirst == 1
                && (REPORTING_VERBS.contains(word) || PLANNING_WORDS.contains(word));
        Timex nearest = nearestDate(article, passage, mentionFirst, mentionEnd, reportsOrPlans, false);
        if (nearest != null) return stated(article, nearest, "its sentence dates it '");
        EventDate countedOn = countedOn(article, passage, sentence);
        if (countedOn != null) return countedOn;
        // Nothing in its sentence: a past event ("unveiled", "said") is the one the lead tells about, and so is
        // the headline's; what is the case ("has a new screen") holds when the article was written.
        ClauseTense tense = ClauseTense.cueOf(tokens, mentionFirst);
        // "It also has a new screen, dubbed ...": a present form is the case now, whatever participle is near it.
        boolean present = PRESENT_FORMS.contains(word)
                && !(mentionFirst + 1 < tokens.size()
                        && ClauseTense.isParticiple(tokens.get(mentionFirst + 1).lower()));
        if (tense == ClauseTense.UNKNOWN && !present) {
            tense = ClauseTense.around(passage.text(), tokens, mentionFirst, mentionEnd);
        }
        if (tense == ClauseTense.PAST || isHeadline(article, sentence)) return dateOf(article);
        return publicationDate(article);
    }

    /**
     * When a quote was said: the date its attribution gives ("said on Monday", "In a July 16 press conference,
     * he said: ..."), not one it quotes; else the day of the article's event, which quotes are gathered for.
     */
    @Override
    public EventDate dateOf(Article article, Quote quote) {
        if (article == null || quote == null) return EventDate.UNKNOWN;
        Span words = new Span(quote.start(), Math.max(quote.start(), quote.end()));
        Span sentence = sentenceAround(article, new Span(words.start(), words.start()));
        Span region = new Span(sentence.start(), Math.max(sentence.end(), sentenceAround(article,
                new Span(words.end(), words.end())).end()));
        Passage passage = Passage.of(article.text(), region);
        int quoteFirst = passage.first(words.start());
        int quoteEnd = Math.max(quoteFirst, passage.end(words.end()));
        Timex nearest = nearestDate(article, passage, quoteFirst, quoteEnd, false, true);
        return nearest != null ? stated(article, nearest, "its attribution dates it '") : dateOf(article);
    }

    private static EventDate stated(Article article, Timex timex, String why) {
        return new EventDate(calendarValue(timex), article.publishedDate() == null, why + timex.text() + "'");
    }

    /**
     * The calendar date in the passage nearest to its tokens [first, end) (and outside them if asked): not the
     * point of a comparison ("compared to 2008"), not the date of another noun ("this year's conference"), and
     * for a verb of reporting or planning not one after it at a distance.
     */
    private static Timex nearestDate(Article article, Passage passage, int mentionFirst, int mentionEnd,
                                     boolean reportsOrPlans, boolean outside) {
        List<Token> tokens = passage.tokens();
        // "For the final quarter of 2009, Ford says": a saying in the present (the "-s" forms of the verbs of saying)
        // is made now, whatever came before it.
        boolean sayingNow = reportsOrPlans && REPORTING_VERBS.contains(tokens.get(mentionFirst).lower())
                && tokens.get(mentionFirst).lower().endsWith("s");
        Timex nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Timex timex : article.timexes()) {
            if (!passage.holds(timex) || calendarValue(timex) == null) continue;
            int first = passage.first(timex.start());
            int end = passage.end(timex.end());
            if (outside && first < mentionEnd && end > mentionFirst || isComparison(tokens, first)
                    || inAsideWithout(tokens, first, end, mentionFirst, mentionEnd)
                    || isDeadlineOfAnother(tokens, first, end, mentionEnd) || isEndOfYearRange(tokens, first, end, timex)) {
                continue;
            }
            int distance = end <= mentionFirst ? mentionFirst - end : Math.max(0, first - mentionEnd);
            // "fought cancer in 2004 and took six months off in early 2009": across "and", another clause's date.
            if (end <= mentionFirst && conjoinedBetween(tokens, end, mentionFirst)) {
                // A saying or a plan has its own date or none: "posted a profit in the third quarter, and predicted".
                if (reportsOrPlans) continue;
                distance += OTHER_CLAUSE_DISTANCE;
            }
            boolean possessive = Token.isPossessiveAt(tokens, end);
            if (possessive && !(mentionFirst > end && distance <= POSSESSED_DISTANCE)) continue;
            if (reportsOrPlans && first >= mentionEnd && distance >= REPORTING_DISTANCE) continue;
            if (sayingNow && end <= mentionFirst) continue;
            if (distance < nearestDistance) {
                nearest = timex;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /**
     * A stretch of the article (a sentence, the lead) with its own tokens, so that dating one mention does not
     * tokenize the whole text; offsets in and out are the article's.
     */
    private record Passage(String text, int offset, List<Token> tokens) {
        static Passage of(String articleText, Span span) {
            String text = span.of(articleText);
            return new Passage(text, span.start(), Token.tokenize(text));
        }

        boolean holds(Timex timex) {
            return timex.start() >= offset && timex.end() <= offset + text.length();
        }

        /** The token at or after an article offset. */
        int first(int articleOffset) {
            return Token.indexAt(tokens, articleOffset - offset);
        }

        /** The index after the token holding the character before an article offset. */
        int end(int articleOffset) {
            return Token.indexAt(tokens, Math.max(0, articleOffset - offset - 1)) + 1;
        }
    }

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /** A year that opens or closes a range ("Steve Jobs 1955-2011", "the 1950-53 war") names a span, not a time. */
    private static boolean isEndOfYearRange(List<Token> tokens, int first, int end, Timex timex) {
        if (!YEAR.matcher(timex.value()).matches()) return false;
        boolean opens = end + 1 < tokens.size() && TemporalLexicon.YEAR_RANGE_MARKS.contains(tokens.get(end).lower())
                && tokens.get(end + 1).isNumber();
        boolean closes = first > 1 && TemporalLexicon.YEAR_RANGE_MARKS.contains(tokens.get(first - 1).lower())
                && tokens.get(first - 2).isNumber();
        return opens || closes;
    }

    /** How far after "this year's" the noun it dates may stand ("this year's annual conference"). */
    private static final int POSSESSED_DISTANCE = 3;

    /** Words before a date that make it the point of comparison, not the time of the event ("compared to 2008"). */
    private static final Set<String> COMPARISON_WORDS = Set.of("than", "versus", "vs");

    private static boolean isComparison(List<Token> tokens, int first) {
        if (first > 0 && COMPARISON_WORDS.contains(tokens.get(first - 1).lower())) return true;
        return first > 1 && (tokens.get(first - 1).is("to") || tokens.get(first - 1).is("with"))
                && tokens.get(first - 2).is("compared");
    }

    /**
     * "is seeking to cut jobs by 2012", "has a June 1 deadline": a deadline dates what must be done by then, not a
     * mention before it from which an infinitive or a "be" ("asked that it be made by ...") leads to it, nor the
     * having of the deadline.
     */
    private static boolean isDeadlineOfAnother(List<Token> tokens, int first, int end, int mentionEnd) {
        if (mentionEnd > first) return false;
        boolean namedDeadline = end < tokens.size() && tokens.get(end).is("deadline");
        for (int i = Math.max(mentionEnd, first - DEADLINE_REACH); i < first; i++) {
            if (tokens.get(i).is("deadline")) namedDeadline = true;
        }
        if (namedDeadline) return true;
        // "before the end of the month": the preposition of the part of the period.
        int before = first - 1;
        if (before >= 2 && tokens.get(before).is("of") && PERIOD_PARTS.contains(tokens.get(before - 1).lower())
                && tokens.get(before - 2).is("the")) {
            before -= 3;
        }
        if (before < 0 || !DEADLINE_WORDS.contains(tokens.get(before).lower())) return false;
        for (int i = mentionEnd; i + 1 < first; i++) {
            // "seeking to cut jobs by 2012", "asked that a decision be made before the end of the month".
            if (isInfinitive(tokens, i) || tokens.get(i).is("be")) return true;
        }
        return false;
    }

    private static final Set<String> PERIOD_PARTS = Set.of("end", "beginning", "start", "middle", "close");

    /** "to cut", not "to Singapore" or "to its customers". */
    private static boolean isInfinitive(List<Token> tokens, int to) {
        Token next = tokens.get(to + 1);
        return tokens.get(to).is("to") && next.isWord() && !next.isCapitalised()
                && !ClauseTense.DETERMINERS.contains(next.lower());
    }

    private static final int DEADLINE_REACH = 3;
    private static final Set<String> DEADLINE_WORDS = Set.of("by", "until", "till", "before");

    private static final int OTHER_CLAUSE_DISTANCE = 20;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "whereas");

    private static boolean conjoinedBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CONJUNCTIONS.contains(tokens.get(i).lower())) return true;
        }
        return false;
    }

    private static final Pattern COUNTED_DURATION = Pattern.compile("P([0-9]{1,3})([YMWD])");

    /**
     * "One year later he was fired": a sentence that counts on from the last date the text gave dates its events
     * that far from it (a year after "in 1984": 1985).
     */
    private static EventDate countedOn(Article article, Passage passage, Span sentence) {
        List<Token> tokens = passage.tokens();
        Timex reference = lastDateBefore(article, sentence.start());
        if (reference == null) return null;
        for (Timex timex : article.timexes()) {
            if (!passage.holds(timex) || timex.type() != TimexType.DURATION) continue;
            int end = passage.end(timex.end());
            boolean later = end < tokens.size() && tokens.get(end).is("later");
            if (!later && !(end < tokens.size() && tokens.get(end).is("earlier"))) continue;
            Matcher count = COUNTED_DURATION.matcher(timex.value());
            if (!count.matches()) continue;
            String from = calendarValue(reference);
            LocalDate day = Calendar.firstDay(from, null);
            if (day == null) continue;
            int amount = Integer.parseInt(count.group(1)) * (later ? 1 : -1);
            char unit = count.group(2).charAt(0);
            LocalDate shifted = switch (unit) {
                case 'Y' -> day.plusYears(amount);
                case 'M' -> day.plusMonths(amount);
                case 'W' -> day.plusWeeks(amount);
                default -> day.plusDays(amount);
            };
            // No finer than the reference or the unit: a year after a day is a year, days after a month a month.
            int digits = Math.min(from.length() >= 10 ? 10 : from.matches("[0-9]{4}-[0-9]{2}") ? 7 : 4,
                    unit == 'Y' ? 4 : unit == 'M' ? 7 : 10);
            String value = shifted.toString().substring(0, digits);
            return new EventDate(value, article.publishedDate() == null,
                    "'" + timex.text() + " " + tokens.get(end).text() + "' counted from '" + reference.text() + "'");
        }
        return null;
    }

    /** The last date the article gives before an offset. */
    private static Timex lastDateBefore(Article article, int offset) {
        Timex last = null;
        for (Timex timex : article.timexes()) {
            if (timex.end() <= offset && calendarValue(timex) != null && (last == null || timex.end() > last.end())) {
                last = timex;
            }
        }
        return last;
    }

    /**
     * "Jobs, born in San Francisco on February 24, 1955, has built...": a date inside an aside set off by commas
     * (opened by a participle, "who" or "which") dates the aside, not a mention outside it.
     */
    private static boolean inAsideWithout(List<Token> tokens, int first, int end, int mentionFirst, int mentionEnd) {
        int open = first - 1;
        while (open >= 0 && !tokens.get(open).is(",")) open--;
        if (open < 0 || open + 1 >= tokens.size() || !opensAside(tokens.get(open + 1))) return false;
        int close = end;
        while (close < tokens.size() && !tokens.get(close).is(",") && !tokens.get(close).is(".")) close++;
        if (close >= tokens.size() || !tokens.get(close).is(",")) return false;
        return mentionEnd <= open || mentionFirst > close;
    }

    private static boolean opensAside(Token token) {
        String word = token.lower();
        return word.equals("who") || word.equals("which") || word.equals("born")
                || token.isWord() && word.length() > 4 && word.endsWith("ed");
    }

    /** The first line of the text when it ends without a full stop: a headline, in the present of news. */
    private static boolean isHeadline(Article article, Span sentence) {
        if (article.sentences().isEmpty() || !article.sentences().getFirst().equals(sentence)) return false;
        String line = sentence.of(article.text()).strip();
        return !line.isEmpty() && ".!?\"'\u201d".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** The sentence of the article holding the mention, or the mention itself when the sentences are unknown. */
    private static Span sentenceAround(Article article, Span mention) {
        for (Span sentence : article.sentences()) {
            if (sentence.start() <= mention.start() && mention.end() <= sentence.end()) return sentence;
        }
        return mention;
    }

    /** A timex's day, month or year ("2018-09-10", "2019-02", "2019"), or null for anything else. */
    private static String calendarValue(Timex timex) {
        if (timex.type() != TimexType.DATE && timex.type() != TimexType.TIME) return null;
        String day = specificDay(timex);
        if (day != null) return day;
        String value = timex.value();
        return value.matches("[0-9]{4}(-[0-9]{2}|-Q[1-4]|-H[12])?") ? value : null;
    }

    /** The day a timex names ("2018-09-10", also of a TIME), or null when it names no resolved day. */
    private static String specificDay(Timex timex) {
        if (timex.type() != TimexType.DATE && timex.type() != TimexType.TIME) return null;
        String value = timex.value();
        if (value.length() < 10) return null;
        return Calendar.date(parse(value, 0, 4), parse(value, 5, 7), parse(value, 8, 10)) == null ? null
                : value.substring(0, 10);
    }

    private static int parse(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Token.isAsciiDigit(value.charAt(i))) return -1;
        }
        return Integer.parseInt(value.substring(from, to));
    }

    private static boolean nearReportingVerb(List<Token> tokens, int first, int end) {
        for (int i = Math.max(0, first - REPORTING_DISTANCE); i < Math.min(tokens.size(), end + REPORTING_DISTANCE); i++) {
            if (REPORTING_VERBS.contains(tokens.get(i).lower())) return true;
        }
        return false;
    }

    /**
     * The lead sentences, skipping very short lines (date lines, bylines, short titles) wherever they stand: a
     * date line between the headline and the first sentence is when the text was written, not what it reports.
     */
    private static List<Span> lead(Article article) {
        List<Span> sentences = article.sentences().stream()
                .filter(s -> s.end() <= article.text().length() && s.end() - s.start() >= 40).toList();
        if (sentences.isEmpty()) return List.of(new Span(0, Math.min(article.text().length(), LEAD_FALLBACK_CHARS)));
        return sentences.subList(0, Math.min(LEAD_SENTENCES, sentences.size()));
    }

    private static boolean within(List<Span> spans, Timex timex) {
        return spans.stream().anyMatch(span -> span.start() <= timex.start() && timex.end() <= span.end());
    }

    /**
     * The finest TIMEX3 value both bounds share: a day, a month, a year. A half-open estimate gives its one
     * bound's day (the evidence says which side is open): claiming the bound's year would invent a limit.
     */
    private static String commonValue(DateEstimate estimate) {
        LocalDate a = estimate.earliest() != null ? estimate.earliest() : estimate.latest();
        LocalDate b = estimate.latest() != null ? estimate.latest() : estimate.earliest();
        if (estimate.earliest() == null || estimate.latest() == null) return a.toString();
        if (a.equals(b)) return a.toString();
        if (a.getYear() != b.getYear()) return a.getYear() / 10 == b.getYear() / 10 ? String.valueOf(a.getYear() / 10) : "PAST_REF";
        if (a.getMonthValue() != b.getMonthValue()) return String.valueOf(a.getYear());
        return Calendar.month(a.getYear(), a.getMonthValue());
    }
}
