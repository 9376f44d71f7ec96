package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.Span;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/**
 * Dates an article's event from its lead: the day its main reporting clause names ("Sanders said on
 * Monday" -> that Monday), else the first specific day of the lead that is not about the future; failing
 * that, the publication date, or the estimated one. News leads state when the reported thing happened.
 * Stateless and thread-safe.
 */
public final class LeadEventDater implements EventDater {

    /** The lead: the first sentences of the body, where news states its event. */
    private static final int LEAD_SENTENCES = 2;
    private static final int LEAD_FALLBACK_CHARS = 400;
    /** How far (in tokens) a reporting verb may stand from the day it governs ("said on Monday"). */
    private static final int REPORTING_DISTANCE = 3;
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "announced", "reported",
            "confirmed", "declared", "stated", "added", "wrote", "tweeted", "revealed", "disclosed", "warned");

    @Override
    public EventDate dateOf(Article article) {
        if (article == null) return EventDate.UNKNOWN;
        Span lead = lead(article);
        List<Token> tokens = Token.tokenize(article.text());
        Timex reported = null;
        Timex firstSpecific = null;
        for (Timex timex : article.timexes()) {
            if (timex.start() < lead.start() || timex.end() > lead.end() || specificDay(timex) == null) continue;
            int first = Token.indexAt(tokens, timex.start());
            int end = Token.indexAt(tokens, timex.end() - 1) + 1;
            if (reported == null && nearReportingVerb(tokens, first, end)) reported = timex;
            if (firstSpecific == null && ClauseTense.around(article.text(), tokens, first, end) != ClauseTense.FUTURE) {
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

    /** The span of the lead sentences, skipping very short lines (titles, bylines). */
    private static Span lead(Article article) {
        List<Span> sentences = article.sentences().stream()
                .filter(s -> s.end() <= article.text().length() && s.end() - s.start() >= 40).toList();
        if (sentences.isEmpty()) return new Span(0, Math.min(article.text().length(), LEAD_FALLBACK_CHARS));
        Span last = sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1);
        return new Span(sentences.getFirst().start(), last.end());
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
