package org.dateline.time;

import java.util.List;
import java.util.Set;

/**
 * The tense of the clause around a temporal expression, read from the nearest tense cue ("will",
 * "scheduled", "said", "-ed" verbs...) between the clause boundaries (sentence ends, semicolons, line
 * breaks). Passives ("is scheduled", "will be named") are not past; "since" looks back and a deadline
 * ("by", "until") looks ahead. Needed to resolve "on Monday" and "in June" to the past or the coming one.
 */
enum ClauseTense {
    PAST, FUTURE, UNKNOWN;

    private static final int LEFT_WINDOW = 15;
    private static final int RIGHT_WINDOW = 12;
    /** An expression at most this many tokens into its clause ("In May, ...") is fronted ... */
    private static final int FRONTED_REACH = 2;
    /** ... and its past verb is looked for this far after it. */
    private static final int FRONTED_RIGHT_WINDOW = 30;

    /**
     * Forms of "be", modals and present linking verbs: an "-ed" word after one is a passive or an adjective, not a
     * past verb ("would stay closed until Tuesday", "remains locked"), and a past form after "will" a plain verb
     * ("will cut 200 more by year-end").
     */
    private static final Set<String> NON_PAST_AUXILIARIES = Set.of("be", "is", "are", "am", "being", "must", "should",
            "will", "shall", "can", "could", "may", "might", "would", "to", "stay", "stays", "remain", "remains",
            "become", "becomes", "get", "gets", "seem", "seems");
    /** Words of intention before an infinitive: "decided to admit them in March" looks ahead. */
    private static final Set<String> INTENTIONS = Set.of("decided", "agreed", "plans", "planned", "plan", "wants",
            "wanted", "hopes", "hoped", "intends", "intended", "expects", "expected", "promised", "vowed", "pledged",
            "aims", "aimed", "is", "are", "was", "were", "going", "scheduled", "set", "ready", "likely", "able",
            "prepared", "offered", "threatened", "seeks", "sought", "proposed", "asked", "invited", "supposed");
    /** Prepositions of a deadline: "by Jan. 14", "until August" look ahead. */
    private static final Set<String> DEADLINES = Set.of("by", "until", "till");
    /** Verbs of saying; an expression more than {@link #REPORTING_REACH} tokens after one is in what was said. */
    static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "added", "announced",
            "reported", "stated", "confirmed");
    private static final int REPORTING_REACH = 2;
    /**
     * "postponed until Tuesday", "gave the counties until Sunday": what was put off or granted lies ahead, though the
     * putting off is past.
     */
    private static final Set<String> DELAYS = Set.of("postponed", "delayed", "deferred", "adjourned", "extended",
            "gave", "given", "granted", "suspended", "recessed", "put", "pushed", "held", "postpone", "postpones",
            "delay", "delays", "defer", "defers", "adjourn", "adjourns", "extend", "extends", "suspend", "suspends",
            "push", "pushes");
    private static final int DELAY_REACH = 5;

    private static boolean delayedBefore(List<Token> tokens, int preposition) {
        for (int i = preposition - 1; i >= Math.max(0, preposition - DELAY_REACH); i--) {
            if (DELAYS.contains(tokens.get(i).lower())) return true;
        }
        return false;
    }

    /** "pushed back to", "postponed to": a verb of delay, and perhaps "back", right before the "to" at token i. */
    private static boolean isDelayedTo(List<Token> tokens, int to) {
        int verb = to > 0 && tokens.get(to - 1).is("back") ? to - 2 : to - 1;
        return verb >= 0 && DELAYS.contains(tokens.get(verb).lower());
    }

    /** The words that close a stretch of time opened by "now": "between now and March", "from now until Friday". */
    private static final Set<String> STRETCH_ENDS = Set.of("and", "until", "till", "through", "to");

    /** Whether token {@code i} closes a stretch from now, so that what follows it lies ahead. */
    static boolean isFromNow(List<Token> tokens, int i) {
        return i > 0 && STRETCH_ENDS.contains(tokens.get(i).lower()) && tokens.get(i - 1).is("now");
    }

    private static final Set<String> APPROACH_CONJUNCTIONS = Set.of("as", "until", "when", "before", "once", "till");
    private static final Set<String> APPROACHES = Set.of("nears", "approaches", "arrives", "comes", "looms");

    /** "since Jan. 13" looks back. */
    private static final Set<String> SINCE = Set.of("since");
    /** "effective Feb. 1": the day a change takes effect lies ahead, whatever the verb that announced it. */
    private static final Set<String> TAKES_EFFECT = Set.of("effective");

    /**
     * The tense of the clause around tokens [first, end): the nearest cue before the expression (the verb
     * it usually modifies: "said on Monday"), else the nearest after it ("On Friday, the government
     * planned..."). An infinitive in between ("decided to admit them in March") looks ahead.
     */
    static ClauseTense around(String text, List<Token> tokens, int first, int end) {
        int before = beforeModifier(tokens, beforeClock(tokens, first - 1));
        String preposition = before >= 0 && tokens.get(before).isWord() ? tokens.get(before).lower() : "";
        // "as Election Day nears", "until the deadline arrives": the day is the subject of its own coming.
        if (APPROACH_CONJUNCTIONS.contains(preposition) && end < tokens.size()
                && APPROACHES.contains(tokens.get(end).lower())) {
            return FUTURE;
        }
        if (SINCE.contains(preposition)) return PAST;
        if (isFromNow(tokens, before)) return FUTURE;
        if (TAKES_EFFECT.contains(preposition)) return FUTURE;
        ClauseTense fromVerbs = fromVerbs(text, tokens, first, end);
        if (DEADLINES.contains(preposition) && (fromVerbs == UNKNOWN || delayedBefore(tokens, before))) return FUTURE;
        // "the landing has been pushed back to Saturday", "postponed to Monday" (not "a delay of the tax to 2020").
        if (preposition.equals("to") && isDelayedTo(tokens, before)) return FUTURE;
        return fromVerbs;
    }

    private static final Set<String> PERIOD_MODIFIERS = Set.of("early", "late", "mid");

    /** The token before "early", "late" or "mid-" at token i ("since early August"), else i. */
    private static int beforeModifier(List<Token> tokens, int i) {
        int k = i > 0 && tokens.get(i).is("-") ? i - 1 : i;
        return k > 0 && PERIOD_MODIFIERS.contains(tokens.get(k).lower()) ? k - 1 : i;
    }

    /**
     * The token before a clock time that ends at token i ("until [5 p.m.] Friday", "by [midnight] Sunday"), so that
     * the day of the clock reads the preposition of the whole; i itself when no clock ends there.
     */
    private static int beforeClock(List<Token> tokens, int i) {
        int k = i;
        boolean clock = false;
        while (k >= 0 && i - k < CLOCK_TOKENS_MAX) {
            Token token = tokens.get(k);
            if (!token.isNumber() && !CLOCK_PIECES.contains(token.lower())) break;
            clock |= token.isNumber() || token.is("noon") || token.is("midnight");
            k--;
        }
        return clock ? k : i;
    }

    private static final Set<String> CLOCK_PIECES = Set.of(":", ".", "a", "p", "m", "am", "pm", "noon", "midnight");
    /** The tokens of the longest clock time, "11:59 p.m." ("11", ":", "59", "p", ".", "m", "."). */
    private static final int CLOCK_TOKENS_MAX = 7;

    /** Participles that look ahead after a present "be": "is planned for Thursday", "is forecast to hit Sunday". */
    private static final Set<String> PLANS_UNDER_BE = Set.of("planned", "forecast", "forecasted", "predicted",
            "projected", "poised");

    /** Cues that only a coming event takes: "will win Tuesday's primary". */
    private static final Set<String> AWAITING = Set.of("await", "awaits", "awaiting");
    private static final Set<String> WAITING = Set.of("wait", "waits", "waiting", "ready", "prepare", "prepares",
            "preparing", "bracing");
    private static final Set<String> SURE_FUTURE_CUES = Set.of("will", "won't", "scheduled", "slated", "upcoming");

    /**
     * Whether the expression at token {@code first} is announced as coming: "ahead of", "awaiting" or "the run-up to"
     * it, or the nearest cue before it in the same clause is one only a coming event takes. The test for expressions
     * that are otherwise past, such as a possessive weekday ("Wednesday's ruling").
     */
    static boolean surelyAhead(String text, List<Token> tokens, int first) {
        if (first > 1 && tokens.get(first - 1).is("of") && tokens.get(first - 2).is("ahead")) return true;
        // "awaiting Friday's report", "waiting for Friday's report".
        if (first > 0 && AWAITING.contains(tokens.get(first - 1).lower())) return true;
        if (first > 1 && tokens.get(first - 1).is("for") && WAITING.contains(tokens.get(first - 2).lower())) {
            return true;
        }
        if (first > 1 && tokens.get(first - 1).is("to") && tokens.get(first - 2).lower().endsWith("up")) return true;
        return firstCueIsSureFuture(text, tokens, first, LEFT_WINDOW);
    }

    /** Whether the nearest tense cue before token {@code first}, within the window and the clause, is a sure future. */
    private static boolean firstCueIsSureFuture(String text, List<Token> tokens, int first, int window) {
        // Words are counted, not the parts of "$7.8 billion".
        for (int i = first - 1, words = 0; i >= 0 && words < window; i--) {
            if (isBoundary(text, tokens, i, i + 1)) return false;
            if (tokens.get(i).isWord()) words++;
            String word = tokens.get(i).lower();
            if (cueOf(tokens, i) != UNKNOWN) return SURE_FUTURE_CUES.contains(word) || isWillContraction(word);
        }
        return false;
    }

    private static ClauseTense fromVerbs(String text, List<Token> tokens, int first, int end) {
        ClauseTense left = UNKNOWN;
        boolean reportedClause = false;
        int rightWindow = RIGHT_WINDOW;
        for (int i = first - 1, distance = 1; distance <= LEFT_WINDOW; i--, distance++) {
            if (i < 0 || isBoundary(text, tokens, i, i + 1)) {
                // "In May, a federal judge, in response to ..., ordered": a fronted adjunct's verb may come late.
                if (distance <= FRONTED_REACH) rightWindow = FRONTED_RIGHT_WINDOW;
                break;
            }
            if (isInfinitiveMark(tokens, i) || isPassiveInfinitive(tokens, i)) return FUTURE;
            // "critics who on Sunday cast ...": the expression opens the relative clause; its verb follows.
            if (distance <= RELATIVE_REACH && RELATIVE_PRONOUNS.contains(tokens.get(i).lower())) break;
            // "It happened yesterday, and on Monday it will happen again": the expression opens a coordinated
            // clause, whose own verb, if it has one, tells its tense.
            if (distance <= FRONTED_REACH && isCoordinationAfterComma(tokens, i)) {
                ClauseTense own = rightOf(text, tokens, end, FRONTED_RIGHT_WINDOW, UNKNOWN);
                if (own != UNKNOWN) return own;
            }
            // "When Democrats get to Philadelphia in late July", "if he wins in November": a clause of time or
            // condition in the present looks ahead; in the past, its verb is met before or after the expression.
            // Not "if he follows up his Tuesday wins", which names a day as it names a thing.
            if (opensClauseOfTimeOrCondition(tokens, i) && !isDetermined(tokens, first)) {
                return hasPastCueBeforeComma(text, tokens, end) ? PAST : FUTURE;
            }
            left = cueOf(tokens, i);
            if (left != UNKNOWN) {
                // "said the summit in February will...": the expression belongs to the reported clause.
                // Not a passive ("was confirmed as leader on Monday"), which reports nothing.
                reportedClause = distance > REPORTING_REACH && REPORTING_VERBS.contains(tokens.get(i).lower())
                        && !onlyAdjunctsBetween(tokens, i, first) && !isAfterBe(tokens, i);
                break;
            }
        }
        if (left != UNKNOWN && !reportedClause) return left;
        ClauseTense right = rightOf(text, tokens, end, rightWindow, left);
        return right == UNKNOWN && firstCueIsSureFuture(text, tokens, first, FAR_LEFT_WINDOW) ? FUTURE : right;
    }

    private static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are", "be", "been", "being");

    private static boolean isAfterBe(List<Token> tokens, int verb) {
        int before = skipAdverbs(tokens, verb - 1);
        return before >= 0 && BE_FORMS.contains(tokens.get(before).lower());
    }

    /** How far before an expression of no other tense a "will" may stand ("will follow [a long object] Wednesday"). */
    private static final int FAR_LEFT_WINDOW = 25;

    private static final Set<String> TIME_OR_CONDITION_CONJUNCTIONS = Set.of("when", "once", "if", "unless");

    /** Token i opens a clause of time or condition: "When ...", ", if ...", not "asked when ...". */
    private static boolean opensClauseOfTimeOrCondition(List<Token> tokens, int i) {
        return TIME_OR_CONDITION_CONJUNCTIONS.contains(tokens.get(i).lower())
                && (isSentenceStart(tokens, i) || tokens.get(i - 1).is(",") || tokens.get(i - 1).isQuoteMark());
    }

    /** Whether a past verb follows token {@code end} before the next comma ("1988, when year-end net was below"). */
    private static boolean hasPastCueBeforeComma(String text, List<Token> tokens, int end) {
        for (int i = end; i < tokens.size() && !tokens.get(i).is(","); i++) {
            if (isBoundary(text, tokens, i - 1, i)) return false;
            if (cueOf(tokens, i) == PAST) return true;
        }
        return false;
    }

    private static boolean isCoordinationAfterComma(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i).is("and") || tokens.get(i).is("but")) && tokens.get(i - 1).is(",");
    }

    /**
     * The tense of the first verb after an expression ending at token end, within the window and the clause; the
     * fallback when there is none or it is the saying of a trailing attribution.
     */
    private static ClauseTense rightOf(String text, List<Token> tokens, int end, int rightWindow,
                                       ClauseTense fallback) {
        for (int i = end, distance = 1; i < tokens.size() && distance <= rightWindow; i++, distance++) {
            if (isBoundary(text, tokens, i - 1, i)) break;
            // "On Monday, Graham, who had endorsed Bush, will headline...": the verb is past the aside. An aside
            // running to the clause's end ("the 1991 agreement, which defined...") is the only verb there is.
            int close = opensRelativeClause(tokens, i) ? closeOfAside(text, tokens, i) : -1;
            if (close >= 0) {
                i = close;
                continue;
            }
            ClauseTense cue = cueOf(tokens, i);
            if (cue != UNKNOWN && isTrailingAttribution(tokens, end, i)) return fallback;
            // Far after a fronted adjunct only a past verb is taken: a modal there is mostly in an embedded clause.
            if (cue == PAST || cue == FUTURE && distance <= RIGHT_WINDOW) return cue;
        }
        return fallback;
    }

    /** How far after its comma the verb of a trailing attribution stands (", a campaign spokesman said"). */
    private static final int ATTRIBUTION_REACH = 4;

    /**
     * Whether the verb at {@code verb} is the saying of a trailing attribution ("... primary on March 1, Jones
     * said"), which dates the saying, not what was said. A comma right after the expression ("On Monday, he said")
     * makes the expression the saying's own adjunct instead, unless a quotation closes there ("in November," he said).
     */
    private static boolean isTrailingAttribution(List<Token> tokens, int end, int verb) {
        if (quoteAfterCommaBefore(tokens, end, verb)) return true;
        if (!REPORTING_VERBS.contains(tokens.get(verb).lower())) return false;
        for (int k = verb - 1; k > end && verb - k <= ATTRIBUTION_REACH; k--) {
            if (tokens.get(k).is(",")) return true;
        }
        return false;
    }

    /**
     * Whether a quotation closes or opens after a comma between the expression and the verb at {@code verb}, shortly
     * before it: whatever that verb is, it tells the writing, not what was written ("in November,” the group
     * wrote"), or what is quoted, not the expression ("her March comment that, “We're going to...").
     */
    private static boolean quoteAfterCommaBefore(List<Token> tokens, int end, int verb) {
        for (int k = verb - 1; k > end && verb - k <= ATTRIBUTION_REACH + 1; k--) {
            if (tokens.get(k).isQuoteMark() && tokens.get(k - 1).is(",")) return true;
        }
        return false;
    }

    /** Prepositions that open an adjunct of the saying itself: "said in a statement on Friday". */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "to", "with", "during", "from",
            "via", "through", "late", "early", "earlier", "later", "again", "also", "separately", "then");

    /**
     * Whether the tokens between a verb of saying and an expression only tell where, how or to whom it was said
     * ("said in a statement on Friday", "told reporters in Brussels on Friday"), so the expression dates the
     * saying; a subject or "that" in between opens the reported clause ("said the vote on Tuesday").
     */
    private static boolean onlyAdjunctsBetween(List<Token> tokens, int verb, int first) {
        boolean inPhrase = tokens.get(verb).is("told");
        for (int k = verb + 1; k < first; k++) {
            Token token = tokens.get(k);
            String word = token.lower();
            if (word.equals("that")) return false;
            if (ADJUNCT_PREPOSITIONS.contains(word)) inPhrase = true;
            else if (token.is(",")) inPhrase = false;
            else if (!inPhrase && !word.endsWith("ly")) return false;
        }
        return true;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");
    /** How far before the expression a relative pronoun makes it open its clause ("who on Sunday"). */
    private static final int RELATIVE_REACH = 2;

    private static final Set<String> ASIDE_MARKS = Set.of(",", "\u2014", "\u2013", "(", ")");

    /** "who" or "which" right after a comma, dash or bracket: an aside about the subject. */
    private static boolean opensRelativeClause(List<Token> tokens, int i) {
        return (tokens.get(i).is("who") || tokens.get(i).is("which")) && i > 0
                && ASIDE_MARKS.contains(tokens.get(i - 1).text());
    }

    /** The comma, dash or bracket closing the aside opened at {@code open}, or -1 if the clause ends first. */
    private static int closeOfAside(String text, List<Token> tokens, int open) {
        for (int i = open + 1; i < tokens.size(); i++) {
            if (isBoundary(text, tokens, i - 1, i)) return -1;
            if (ASIDE_MARKS.contains(tokens.get(i).text())) return i;
        }
        return -1;
    }

    /**
     * "decided to admit them in March" looks ahead; not a plan of the past perfect ("had been scheduled to
     * expire Friday"), which was due before the time of writing.
     */
    private static boolean isInfinitiveMark(List<Token> tokens, int i) {
        return tokens.get(i).is("to") && i > 0 && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && INTENTIONS.contains(tokens.get(i - 1).lower()) && !isPastPerfect(tokens, i - 1);
    }

    /** Past forms of intention: "sought to appeal to voters on Tuesday" told what was meant, maybe done by now. */
    private static final Set<String> PAST_INTENTIONS = Set.of("decided", "agreed", "planned", "wanted", "hoped",
            "intended", "promised", "vowed", "pledged", "aimed", "offered", "threatened", "sought", "proposed", "asked",
            "invited", "prepared");
    /** Forms of "be" that put a plan in the past ("was set to", "were expected to") or in the present. */
    private static final Set<String> PAST_BE = Set.of("was", "were");
    private static final Set<String> PRESENT_BE_OR_HAVE = Set.of("is", "are", "am", "be", "been", "has", "have");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am");

    /**
     * Whether the infinitive that makes the clause of the expression at token {@code first} look ahead is a plan
     * seen from the past ("was to arrive at the White House on Monday", "the fundraiser Trump was set to headline
     * Tuesday", "sought to appeal to voters on Tuesday"), whose time may lie before or after the time of writing.
     */
    static boolean isPlanSeenFromPast(String text, List<Token> tokens, int first) {
        int intention = planIntention(text, tokens, first);
        return intention >= 0 && isPastIntention(tokens, intention);
    }

    /**
     * Whether that plan is told with a past "be" ("was scheduled to take place in the spring", "were supposed to
     * meet in March"): a schedule as it stood then, not an intention reported now ("said he planned to visit before
     * January"), which still looks ahead.
     */
    static boolean isPlanUnderPastBe(String text, List<Token> tokens, int first) {
        int intention = planIntention(text, tokens, first);
        return intention >= 0 && isUnderPastBe(tokens, intention);
    }

    /** The word of intention before the infinitive that makes the clause look ahead ("decided" to), or -1. */
    private static int planIntention(String text, List<Token> tokens, int first) {
        for (int i = first - 1, distance = 1; i >= 0 && distance <= LEFT_WINDOW; i--, distance++) {
            if (isBoundary(text, tokens, i, i + 1)) return -1;
            if (isInfinitiveMark(tokens, i)) return i - 1;
            if (cueOf(tokens, i) != UNKNOWN) return -1;
        }
        return -1;
    }

    /**
     * Whether the expression at token {@code first} looks ahead through "would" under a past verb of saying ("said
     * Monday they would meet Tuesday"): a future seen from the day of the saying.
     */
    static boolean isFutureOfPastSaying(String text, List<Token> tokens, int first) {
        for (int i = first - 1, distance = 1; i >= 0 && distance <= LEFT_WINDOW; i--, distance++) {
            if (isBoundary(text, tokens, i, i + 1)) return false;
            if (cueOf(tokens, i) == UNKNOWN) continue;
            if (!tokens.get(i).is("would")) return false;
            for (int k = i - 1; k >= 0 && i - k <= LEFT_WINDOW; k--) {
                if (isBoundary(text, tokens, k, k + 1)) return false;
                String word = tokens.get(k).lower();
                if (REPORTING_VERBS.contains(word)) return !word.equals("says");
            }
            return false;
        }
        return false;
    }

    private static boolean isPastIntention(List<Token> tokens, int intention) {
        return isUnderPastBe(tokens, intention)
                || PAST_INTENTIONS.contains(tokens.get(intention).lower()) && !isUnderPresentBeOrHave(tokens, intention);
    }

    /** "was to", "was also expected to": the intention is or follows a past "be". */
    private static boolean isUnderPastBe(List<Token> tokens, int intention) {
        if (PAST_BE.contains(tokens.get(intention).lower())) return true;
        String auxiliary = auxiliaryBefore(tokens, intention);
        return auxiliary != null && PAST_BE.contains(auxiliary);
    }

    /** "has vowed to", "is set to": the intention follows a present "be" or "have". */
    private static boolean isUnderPresentBeOrHave(List<Token> tokens, int intention) {
        String auxiliary = auxiliaryBefore(tokens, intention);
        return auxiliary != null && PRESENT_BE_OR_HAVE.contains(auxiliary);
    }

    /** The form of "be" or "have" up to two words before the intention, the auxiliary that decides its tense. */
    private static String auxiliaryBefore(List<Token> tokens, int intention) {
        for (int i = intention - 1; i >= Math.max(0, intention - 2); i--) {
            String before = tokens.get(i).lower();
            if (PAST_BE.contains(before) || PRESENT_BE_OR_HAVE.contains(before)) return before;
        }
        return null;
    }

    /** Words before "to be ..." that make it a past event: "the first to be elected in 2008". */
    private static final Set<String> RANKS = Set.of("first", "last", "only", "second", "third", "latest", "next");

    /**
     * "an address to be delivered Wednesday", "the report, to be published Friday": a passive infinitive after a
     * noun looks ahead; not after a rank ("the first to be elected", "the first company to be valued") or a plan of
     * the past perfect.
     */
    private static boolean isPassiveInfinitive(List<Token> tokens, int i) {
        if (!tokens.get(i).is("to") || i + 2 >= tokens.size() || !tokens.get(i + 1).is("be")) return false;
        String participle = tokens.get(i + 2).lower();
        if (participle.length() < 4 || !participle.endsWith("ed") && !participle.endsWith("en")) return false;
        return i == 0 || !isAfterRank(tokens, i) && !isPastPerfect(tokens, i);
    }

    /** How many words of a noun phrase may stand between a rank and its infinitive ("the first US public company"). */
    private static final int RANK_REACH = 5;

    /** "the first to be elected", "the first US public company to be valued": a rank's infinitive tells no plan. */
    private static boolean isAfterRank(List<Token> tokens, int to) {
        for (int k = to - 1; k >= 0 && k >= to - RANK_REACH; k--) {
            Token token = tokens.get(k);
            if (RANKS.contains(token.lower())) return true;
            if (!token.isWord() || DETERMINERS.contains(token.lower())) return false;
        }
        return false;
    }

    private static boolean isPastPerfect(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - PERFECT_REACH); i--) {
            if (tokens.get(i).is("had")) return true;
        }
        return false;
    }

    /** How far before a participle its "had" may stand ("had previously been scheduled"). */
    private static final int PERFECT_REACH = 3;

    /** Whether no sentence end, semicolon or line break lies between tokens {@code from} and {@code to}. */
    static boolean inOneSentence(String text, List<Token> tokens, int from, int to) {
        for (int i = Math.max(from, 1); i <= to && i < tokens.size(); i++) {
            if (isBoundary(text, tokens, i - 1, i)) return false;
        }
        return true;
    }

    /** A sentence end or semicolon at {@code at}, or a line break between tokens {@code before} and {@code at}. */
    private static boolean isBoundary(String text, List<Token> tokens, int before, int at) {
        if (at < tokens.size() && isClauseEnd(tokens, at)) return true;
        if (before >= 0 && isClauseEnd(tokens, before)) return true;
        if (before < 0 || at >= tokens.size()) return false;
        for (int c = tokens.get(before).end(); c < tokens.get(at).start(); c++) {
            if (text.charAt(c) == '\n') return true;
        }
        return false;
    }

    /**
     * "a still unspecified date", "the proposed sale", "271 pledged delegates", "the delegate-packed primary": an
     * "-ed" word after a determiner or a number, or closing a hyphenated compound, is an adjective.
     */
    private static boolean isAttributive(List<Token> tokens, int i) {
        if (i > 0 && (DETERMINERS.contains(tokens.get(i - 1).lower()) || isCount(tokens.get(i - 1)))) return true;
        if (i > 1 && tokens.get(i - 1).is("-") && tokens.get(i - 2).touches(tokens.get(i - 1))
                && tokens.get(i - 1).touches(tokens.get(i))) {
            return true;
        }
        Token adverb = i > 1 ? tokens.get(i - 1) : null;
        return adverb != null && (adverb.lower().endsWith("ly") || adverb.is("still"))
                && DETERMINERS.contains(tokens.get(i - 2).lower());
    }

    private static final Set<String> ACCOMPANYING_PARTICIPLES = Set.of("followed", "accompanied", "joined", "led",
            "backed", "flanked", "trailed");

    /** Past forms that are also nouns after an article: "a cut in interest rates", "the hit", "a shot". */
    private static final Set<String> NOUN_PAST_FORMS = Set.of("cut", "hit", "shot", "beat");
    /** Words after "cut" that make it the noun, where the verb would take an object: "a tax cut before January". */
    private static final Set<String> AFTER_CUT_NOUN = Set.of("in", "of", "on", "for", "to", "before", "after", "and",
            "or", "was", "is", "would", "will");

    private static boolean isNounOfPastForm(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        if (!NOUN_PAST_FORMS.contains(word)) return false;
        if (i > 0 && TemporalLexicon.ARTICLES.contains(tokens.get(i - 1).lower())) return true;
        // "a new price, cut for students": after a comma, the participle.
        if (!word.equals("cut") || i == 0 || !tokens.get(i - 1).isWord()) return false;
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        return next == null || next.is(".") || next.is(",") || AFTER_CUT_NOUN.contains(next.lower());
    }

    /** A number that counts ("271 pledged delegates"), not a year ("voters who in 2008 backed him"). */
    private static boolean isCount(Token token) {
        return token.isNumber() && token.text().length() != 4;
    }

    /** A determiner or a possessive ("Florida's") right before token i: a noun phrase goes on from there. */
    static boolean isDetermined(List<Token> tokens, int i) {
        // "whose Feb. 9 primary": a determiner here, but kept out of DETERMINERS, where it would end a relative clause.
        return i > 0 && (DETERMINERS.contains(tokens.get(i - 1).lower()) || tokens.get(i - 1).is("whose"))
                || Token.isPossessiveAt(tokens, i - 2);
    }

    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "my", "your",
            "this", "these", "those", "each", "every", "any", "no");

    /** Abbreviations whose dot does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc",
            "corp", "co", "ltd", "jr", "sr", "lt", "col", "capt", "prof", "rev", "sgt", "ft", "mt", "pres",
            // States as news datelines abbreviate them ("Birmingham, Ala., killed"); not "Ill." and "Ore.", which
            // are as often words ending a sentence ("he fell ill.", "iron ore.").
            "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mo",
            "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "va", "vt", "wis", "wyo");

    private static boolean isClauseEnd(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() != Token.Kind.PUNCT) return false;
        if (token.is("!") || token.is("?") || token.is(";")) return true;
        // "a favorable landscape: Republicans have 24 seats", "boomed: “Let's defeat her”": a new clause; not
        // "One obstacle remained: contests in early March", which goes on with the clause before.
        if (token.is(":")) {
            return i + 1 < tokens.size() && (tokens.get(i + 1).isCapitalised() || tokens.get(i + 1).isQuoteMark());
        }
        if (!token.is(".")) return false;
        // "$29.75", "2.5%": a decimal point.
        if (i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isNumber() && tokens.get(i + 1).isNumber()
                && tokens.get(i - 1).touches(token) && token.touches(tokens.get(i + 1))) {
            return false;
        }
        // "a.m.", "U.S.", "Sept. 10": a dot after a single letter or an abbreviation ends nothing.
        if (i > 0 && tokens.get(i - 1).isWord()
                && (tokens.get(i - 1).text().length() == 1 || ABBREVIATIONS.contains(tokens.get(i - 1).lower()))) {
            return false;
        }
        return true;
    }

    /** Cues that are nouns or other senses unless an infinitive follows: "vacation plans", "set aside". */
    private static final Set<String> INTENTIONS_BEFORE_TO = Set.of("going", "set", "plans", "hopes", "aims", "intends");

    /**
     * Verbs of scheduled events: in the present tense ("The visit begins on Friday", "Trading resumes Monday")
     * they announce what is still to come. Only the "-s" form: bare "close", "head", "meet" are as often nouns
     * or infinitives of the past ("had been due to expire Friday").
     */
    private static final Set<String> SCHEDULE_VERBS = Set.of("begins", "starts", "opens", "meets", "resumes",
            "arrives", "leaves", "visits", "returns", "hosts", "ends", "closes", "faces", "plays", "convenes",
            "travels", "heads", "expires", "speaks", "testifies", "votes", "holds", "goes", "reopens", "takes", "runs",
            "turns", "kicks");

    private static final Set<String> QUANTIFIERS = Set.of("most", "more", "many", "few", "fewer", "several", "all",
            "some", "no", "any", "enough", "both", "less");

    /** "who still speaks with difficulty", "often holds": a habit, not a schedule. */
    private static final Set<String> HABITUAL = Set.of("still", "often", "usually", "always", "never", "sometimes",
            "rarely", "regularly", "frequently", "typically", "generally");

    /** The plain forms, scheduled only after a plural subject: "He and Arafat meet separately Monday". */
    private static final Set<String> PLURAL_SCHEDULE_VERBS = Set.of("begin", "start", "open", "meet", "resume",
            "arrive", "leave", "visit", "return", "host", "convene", "travel", "head", "speak", "testify", "vote",
            "go", "reopen", "hold", "face", "play", "take", "end", "close", "expire", "run");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we");

    /** What "takes" is scheduled with: "takes effect Jan. 1", "takes place on Sunday", "take office in January". */
    private static final Set<String> SCHEDULED_TAKINGS = Set.of("effect", "place", "office");

    private static boolean isScheduledPresent(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        if ((word.equals("takes") || word.equals("take"))
                && (i + 1 >= tokens.size() || !SCHEDULED_TAKINGS.contains(tokens.get(i + 1).lower()))) {
            return false;
        }
        if (PLURAL_SCHEDULE_VERBS.contains(word)) {
            int subject = skipAdverbs(tokens, i - 1);
            // "The talks, which begin on Monday": the subject is the noun the relative pronoun stands for.
            boolean relative = subject > 0
                    && (RELATIVE_PRONOUNS.contains(tokens.get(subject).lower()) || tokens.get(subject).is("that"));
            if (relative) subject = tokens.get(subject - 1).is(",") ? subject - 2 : subject - 1;
            if (subject < 0) return false;
            Token before = tokens.get(subject);
            return PLURAL_PRONOUNS.contains(before.lower()) || isPluralNoun(before)
                    || before.isCapitalised() && !isSentenceStart(tokens, subject) && !DETERMINERS.contains(before.lower());
        }
        if (!SCHEDULE_VERBS.contains(word)) return false;
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        // "defeated by 230 votes on Tuesday", "Florida's 25 electoral votes", "won the most votes in June": a
        // counted noun.
        // Not a name's number: "Microsoft's Xbox 360 goes on sale Tuesday".
        boolean named = i > 1 && tokens.get(i - 2).isCapitalised();
        boolean counted = i > 0 && tokens.get(i - 1).isNumber() && !named || QUANTIFIERS.contains(before)
                || i > 1 && tokens.get(i - 2).isNumber() && tokens.get(i - 1).isWord();
        return !DETERMINERS.contains(before) && !HABITUAL.contains(before) && !counted;
    }

    /** "Voters", "talks": a plural noun as the subject of a plain present verb ("Voters go to the polls Sunday"). */
    private static boolean isPluralNoun(Token token) {
        String word = token.lower();
        return token.isWord() && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && !DETERMINERS.contains(word) && !PLURAL_PRONOUNS.contains(word);
    }

    /** Token i opens the text or follows a full stop or an opening quote: a capital there marks no name. */
    static boolean isSentenceStart(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).is(".") || tokens.get(i - 1).is("\"") || tokens.get(i - 1).is("\u201c");
    }

    /** How many tokens before a modal its subject may begin ("Neither he nor Elian's four grandparents could"). */
    private static final int SUBJECT_REACH = 10;
    private static final Set<String> NEGATED_SUBJECTS = Set.of("neither", "nobody", "none");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "who", "which", "when", "because");

    /**
     * "The deadline is Friday", "Its next game is on Saturday", "is midnight Thursday", "The election is Nov. 7": a
     * day a thing is set for, still to come; not "Today is Friday", nor "is Tuesday's vote".
     */
    private static boolean isDaySetFor(List<Token> tokens, int i) {
        boolean be = tokens.get(i).is("is") || tokens.get(i).is("are");
        if (!be || i == 0 || DAY_SUBJECTS.contains(tokens.get(i - 1).lower())) return false;
        int day = i + 1 < tokens.size() && tokens.get(i + 1).is("on") ? i + 2 : i + 1;
        // "The deadline is midnight Thursday".
        if (day < tokens.size() && (tokens.get(day).is("midnight") || tokens.get(day).is("noon"))) day++;
        if (day >= tokens.size() || !tokens.get(day).isCapitalised()) return false;
        if (isMonthDay(tokens, day)) return true;
        return TemporalLexicon.WEEKDAYS.containsKey(tokens.get(day).lower()) && !Token.isPossessiveAt(tokens, day + 1);
    }

    /** "Nov. 7", "June 12": a month's name and a day of it at token i. */
    private static boolean isMonthDay(List<Token> tokens, int i) {
        if (!TemporalLexicon.MONTHS.containsKey(tokens.get(i).lower())) return false;
        int dayAt = i + 1 < tokens.size() && tokens.get(i + 1).is(".") ? i + 2 : i + 1;
        return dayAt < tokens.size() && tokens.get(dayAt).isNumber() && tokens.get(dayAt).text().length() <= 2;
    }

    /**
     * "Their next game is against Denver on Thursday", "his next stop": a thing still to come; not "next to", "next
     * door", nor a time ("the next day" counts from a day told about).
     */
    private static boolean isNextThing(List<Token> tokens, int i) {
        if (!tokens.get(i).is("next") || i + 1 >= tokens.size()) return false;
        Token thing = tokens.get(i + 1);
        String word = thing.lower();
        // Not a count ("the next two years") nor a time.
        if (!thing.isWord() || thing.isCapitalised() || NOT_NEXT_THINGS.contains(word)
                || TemporalLexicon.NUMBER_WORDS.getOrDefault(word, 1) > 1 || TemporalLexicon.UNITS.containsKey(word)
                || TemporalLexicon.DAY_PARTS.containsKey(word) || TemporalLexicon.SEASONS.containsKey(word)) {
            return false;
        }
        // "His next speech, on May 28, was delivered": the next one then, told in the past.
        for (int j = i + 2; j < tokens.size() && j <= i + NEXT_THING_VERB_REACH; j++) {
            Token token = tokens.get(j);
            if (token.is(".") || token.is("?") || token.is("!")) break;
            if (cueOf(tokens, j) == PAST) return false;
        }
        return true;
    }

    /** How far after "next" and its noun a past verb still tells of that thing in the past. */
    private static final int NEXT_THING_VERB_REACH = 12;

    private static final Set<String> NOT_NEXT_THINGS = Set.of("to", "door", "few", "several", "couple", "generation",
            "time", "weekend");

    /** Subjects that make "is Friday" a naming of a day, not a plan: "Today is Friday", "It is Sunday". */
    private static final Set<String> DAY_SUBJECTS = Set.of("it", "today", "tomorrow", "yesterday", "this", "that",
            "there", "what", "which", "who");

    private static boolean isPresentDue(List<Token> tokens, int i) {
        // "this week's employment report, due Friday": an aside of a thing still due, as "is due" is.
        if (i > 0 && tokens.get(i - 1).is(",")) return i + 1 < tokens.size() && !tokens.get(i + 1).is("to");
        if (i == 0 || !(tokens.get(i - 1).is("is") || tokens.get(i - 1).is("are"))) return false;
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).is("to")) return true;
        Token next = tokens.get(i + 2);
        return next.isWord() && !next.isCapitalised() && !DETERMINERS.contains(next.lower());
    }

    /** "not", "never", or "have" before a participle ("have won", not "have big consequences") at token i. */
    private static boolean isNegatedOrPerfect(List<Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        return tokens.get(i).is("not") || tokens.get(i).is("never") || isPerfect(tokens, i);
    }

    /** Modals whose perfect tells what was possible, likely or due in the past. */
    private static final Set<String> PERFECT_MODALS = Set.of("would", "might", "may", "must", "should");

    /** "have" before a participle at token i, after a "not" if any ("not have known"). */
    private static boolean isPerfect(List<Token> tokens, int i) {
        int have = i < tokens.size() && tokens.get(i).is("not") ? i + 1 : i;
        if (have + 1 >= tokens.size() || !tokens.get(have).is("have")) return false;
        String participle = tokens.get(have + 1).lower();
        return isParticiple(participle) || IRREGULAR_PARTICIPLES.contains(participle);
    }

    /** "announced", "taken", "built": a past participle, which makes a perfect after "have". */
    static boolean isParticiple(String word) {
        return word.endsWith("ed") || word.endsWith("en") || TemporalLexicon.PAST_CUES.contains(word);
    }

    /** Participles of irregular verbs that are no past cue by themselves: "would have gone". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("been", "gone", "done", "had");

    /**
     * "Neither he nor his aides could", "No one could": the subject of the modal at token i is negated. The search
     * stops at the sentence's start and at a clause's opening word ("nobody knows whether he could win").
     */
    private static boolean hasNegatedSubject(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && i - k <= SUBJECT_REACH; k--) {
            Token token = tokens.get(k);
            if (token.is(".") || token.is(";") || CLAUSE_OPENERS.contains(token.lower())) return false;
            if (NEGATED_SUBJECTS.contains(token.lower())
                    || token.is("no") && k + 1 < i && tokens.get(k + 1).is("one")) {
                return true;
            }
            if (isSentenceStart(tokens, k)) return false;
        }
        return false;
    }

    /** What a source refuses to do when it "would not say". */
    private static final Set<String> REFUSED = Set.of("say", "comment", "discuss", "confirm", "elaborate", "specify",
            "disclose", "reveal", "identify", "name", "answer", "detail");
    private static final Set<String> WOULD_NOT = Set.of("wouldn't", "wouldn\u2019t");

    /** "would not say Tuesday how", "wouldn't comment": a refusal, reported when it was made. */
    private static boolean isRefusal(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        int verb = word.equals("would") && i + 1 < tokens.size() && tokens.get(i + 1).is("not") ? i + 2
                : WOULD_NOT.contains(word) ? i + 1 : -1;
        return verb > 0 && verb < tokens.size() && REFUSED.contains(tokens.get(verb).lower());
    }

    /** "they'll", with a straight or a curly apostrophe. */
    private static boolean isWillContraction(String word) {
        return word.endsWith("'ll") || word.endsWith("\u2019ll");
    }

    /** The token at or before i past up to two "-ly" adverbs ("would be conditionally released"), or -1. */
    private static int skipAdverbs(List<Token> tokens, int i) {
        int k = i;
        while (k >= 0 && i - k < 2 && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()
                && tokens.get(k).lower().endsWith("ly")) {
            k--;
        }
        return k;
    }

    /**
     * "May" in capitals within a sentence or before a number is the month or a name ("on May 10", "Theresa May"),
     * not the modal; only a sentence may open with a capitalised modal.
     */
    private static boolean isMonthOrNameMay(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.is("may") || !token.isCapitalised()) return false;
        boolean beforeNumber = i + 1 < tokens.size() && tokens.get(i + 1).isNumber();
        return beforeNumber || i > 0 && (tokens.get(i - 1).isWord() || tokens.get(i - 1).isNumber());
    }

    /** The tense token i shows by itself ("said", "will", "begins"), UNKNOWN for a word that shows none. */
    static ClauseTense cueOf(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.isWord()) return UNKNOWN;
        String word = token.lower();
        if (isRefusal(tokens, i)) return PAST;
        // "A memorial is planned for Thursday", "the storm is forecast to hit Sunday": a plan or a forecast as it
        // stands now ("was planned" stays no cue of its own).
        if (PLANS_UNDER_BE.contains(word)) {
            int before = skipAdverbs(tokens, i - 1);
            if (before >= 0 && PRESENT_BE.contains(tokens.get(before).lower())) return FUTURE;
        }
        // "might have been the night", "would have won": a modal's perfect looks back.
        if (PERFECT_MODALS.contains(word) && isPerfect(tokens, i + 1)) return PAST;
        if ((TemporalLexicon.FUTURE_CUES.contains(word) || isWillContraction(word)) && !isMonthOrNameMay(tokens, i)) {
            if (isPastPerfect(tokens, i)) return PAST;
            if (INTENTIONS_BEFORE_TO.contains(word)) {
                // "plans to", "set to", "set for Friday".
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                return next != null && (next.is("to") || word.equals("set") && next.is("for")) ? FUTURE : UNKNOWN;
            }
            return FUTURE;
        }
        if (isScheduledPresent(tokens, i)) return FUTURE;
        if (isDaySetFor(tokens, i)) return FUTURE;
        if (isNextThing(tokens, i)) return FUTURE;
        // "the baby is due in the summer", "are due to vote Monday"; not "closed due to the storm".
        if (word.equals("due")) return isPresentDue(tokens, i) ? FUTURE : UNKNOWN;
        // "could come as soon as Tuesday" looks ahead; "could not be reached Saturday", "could have won", "no one
        // could be reached Saturday" look back.
        if (word.equals("could")) return isNegatedOrPerfect(tokens, i + 1) || hasNegatedSubject(tokens, i) ? PAST : FUTURE;
        boolean pastForm = TemporalLexicon.PAST_CUES.contains(word) && !isNounOfPastForm(tokens, i)
                || word.length() >= 4 && word.endsWith("ed") && !TemporalLexicon.NOT_PAST_ED.contains(word)
                && !token.isCapitalised() && !isAttributive(tokens, i);
        if (!pastForm) return UNKNOWN;
        // "will sell notes tomorrow, followed by bonds Thursday": a participle of order or company after a comma
        // (unlike "East Jerusalem, captured by Israel in 1967").
        if (i > 0 && tokens.get(i - 1).is(",") && i + 1 < tokens.size() && tokens.get(i + 1).is("by")
                && ACCOMPANYING_PARTICIPLES.contains(word)) {
            return UNKNOWN;
        }
        // "would be held", "to be paid": a participle after "be" or a modal is no past; the search goes on.
        int before = skipAdverbs(tokens, i - 1);
        boolean passive = before >= 0 && NON_PAST_AUXILIARIES.contains(tokens.get(before).lower());
        return passive ? UNKNOWN : PAST;
    }
}
