package org.dateline.time;

import java.util.Map;
import java.util.Set;

/** The English words of time: months, weekdays, number words, units and the cues of tense. */
final class TemporalLexicon {
    private TemporalLexicon() {
    }

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Month names of four letters or fewer that are written out in full, so never take an abbreviation dot. */
    static final Set<String> FULL_SHORT_MONTHS = Set.of("may", "june", "july");

    /** Month names that are also everyday words: only taken as months with a date cue around them. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jan", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec", "feb", "apr");

    static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", 1), Map.entry("tuesday", 2), Map.entry("wednesday", 3), Map.entry("thursday", 4),
            Map.entry("friday", 5), Map.entry("saturday", 6), Map.entry("sunday", 7));

    /** "on Sundays": every such day. */
    static final Map<String, Integer> WEEKDAYS_PLURAL = Map.ofEntries(
            Map.entry("mondays", 1), Map.entry("tuesdays", 2), Map.entry("wednesdays", 3), Map.entry("thursdays", 4),
            Map.entry("fridays", 5), Map.entry("saturdays", 6), Map.entry("sundays", 7));

    /** "Monday nights": a part of every such day. */
    static final Map<String, String> DAY_PARTS_PLURAL = Map.of("mornings", "MO", "afternoons", "AF", "evenings", "EV",
            "nights", "NI");

    /** Parts of the day and their TIMEX3 codes ("Monday night" -> ...TNI). */
    static final Map<String, String> DAY_PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI");

    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA",
            "winter", "WI");

    /** Ordinals of quarters and halves; "final" is the fourth quarter (a "final half" is not matched). */
    static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "final", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100));

    /** The dash or slash between the two years of a range: "1950-53", "2008/09", "Steve Jobs 1955-2011". */
    static final Set<String> YEAR_RANGE_MARKS = Set.of("-", "\u2013", "/");

    /**
     * Ordinal words: centuries ("the nineteenth century") and days of a month said in words ("May twenty-second",
     * "thirty-first" joining a tens word to one of these).
     */
    static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

    /** "the nineties": decades of the twentieth century said in words, by their digit. */
    static final Map<String, Integer> SPOKEN_DECADES = Map.of("twenties", 2, "thirties", 3, "forties", 4,
            "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

    /** Quantities that leave the number unknown: "several years" -> PXY. */
    static final Set<String> VAGUE_QUANTITIES = Set.of("several", "few", "many", "some", "recent", "coming");

    /** Singular and plural calendar units and their TIMEX3 duration letters. */
    static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("second", Unit.SECOND), Map.entry("seconds", Unit.SECOND),
            Map.entry("minute", Unit.MINUTE), Map.entry("minutes", Unit.MINUTE),
            Map.entry("hour", Unit.HOUR), Map.entry("hours", Unit.HOUR),
            Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY),
            Map.entry("week", Unit.WEEK), Map.entry("weeks", Unit.WEEK),
            Map.entry("month", Unit.MONTH), Map.entry("months", Unit.MONTH),
            Map.entry("quarter", Unit.QUARTER), Map.entry("quarters", Unit.QUARTER),
            Map.entry("year", Unit.YEAR), Map.entry("years", Unit.YEAR),
            Map.entry("decade", Unit.DECADE), Map.entry("decades", Unit.DECADE),
            Map.entry("century", Unit.CENTURY), Map.entry("centuries", Unit.CENTURY));

    enum Unit {
        SECOND("S", true, 1), MINUTE("M", true, 1), HOUR("H", true, 1), DAY("D", false, 1), WEEK("W", false, 1),
        MONTH("M", false, 1), QUARTER("M", false, 3), YEAR("Y", false, 1), DECADE("Y", false, 10),
        CENTURY("Y", false, 100);

        final String letter;
        final boolean timeOfDay;
        /** Quarters are written in months and decades in years, as TimeBank does: "three quarters" -> P9M. */
        final int multiplier;

        Unit(String letter, boolean timeOfDay, int multiplier) {
            this.letter = letter;
            this.timeOfDay = timeOfDay;
            this.multiplier = multiplier;
        }

        /** "P4D", "PT3H", "PXY". */
        String duration(String amount) {
            String scaled = multiplier == 1 || !amount.chars().allMatch(Character::isDigit) || amount.length() > 12
                    ? amount : String.valueOf(Long.parseLong(amount) * multiplier);
            return (timeOfDay ? "PT" : "P") + scaled + letter;
        }

        /** "half an hour" -> "PT30M", "half a century" -> "P50Y": half of one unit, in the next smaller unit. */
        String half() {
            return durationAndHalf("0");
        }

        /** "two and a half years" -> "P2Y6M", "5 1/2 hours" -> "PT5H30M": the half in the next smaller unit. */
        String durationAndHalf(String amount) {
            if (!amount.chars().allMatch(Character::isDigit) || amount.length() > 12) return duration(amount);
            long whole = Long.parseLong(amount);
            return switch (this) {
                case SECOND -> "PT" + whole + ".5S";
                case MINUTE -> "PT" + count(whole, "M") + "30S";
                case HOUR -> "PT" + count(whole, "H") + "30M";
                case DAY -> "P" + count(whole, "D") + "T12H";
                case WEEK -> "P" + (whole * 7 + 3) + "DT12H";
                case MONTH -> "P" + count(whole, "M") + "15D";
                case QUARTER -> "P" + (whole * 3 + 1) + "M15D";
                case YEAR -> "P" + count(whole, "Y") + "6M";
                case DECADE, CENTURY -> "P" + (whole * multiplier + multiplier / 2) + "Y";
            };
        }

        /** A whole count in one letter, left out when there is none ("half an hour" is "PT30M", not "PT0H30M"). */
        private static String count(long whole, String letter) {
            return whole == 0 ? "" : whole + letter;
        }
    }

    static final Set<String> FUTURE_CUES = Set.of("will", "shall", "scheduled", "expected", "expect", "expects",
            "plans", "upcoming", "intends", "hopes", "aims", "won't", "set", "slated", "going", "can", "may", "might",
            "must", "should", "would");

    static final Set<String> PAST_CUES = Set.of("said", "told", "was", "were", "had", "did", "met", "made", "took",
            "gave", "came", "went", "sent", "held", "began", "left", "spoke", "wrote", "saw", "found", "won", "lost",
            "fell", "rose", "got", "paid", "sold", "bought", "brought", "thought", "felt", "kept", "led", "ran",
            "became", "broke", "chose", "drove", "flew", "grew", "knew", "struck", "stood", "threw", "shot",
            "fought", "caught", "sought", "meant", "heard", "built", "spent", "ago", "yesterday", "wasn't",
            "weren't", "hadn't", "didn't", "quit", "hit", "cut", "beat", "tore", "swore", "forgot", "overtook",
            "withdrew", "arose", "ate", "drew", "rang", "sang", "sank", "wore", "woke", "upheld", "withheld", "fled",
            "hid", "laid", "slid", "spun", "stuck", "swept", "swung", "taught", "understood", "undertook", "bled",
            "clung", "crept", "dealt", "dug", "forbade", "forgave", "froze", "knelt", "lent", "mistook", "overcame",
            "overran", "overthrew", "rebuilt", "retook", "rode", "shook", "shrank", "sprang", "stole", "strode",
            "strove", "stung", "underwent", "withstood", "oversaw", "foresaw", "sped", "slept", "wept", "outsold",
            "rewrote", "resold",
            // Participles not in "-ed" ("the photo taken Monday"); after "be" or a modal they are passives, which
            // take their tense from further on. Not "born": mostly in an aside ("Jobs, born in 1955, has built").
            "taken", "given", "written", "shown", "seen", "begun", "driven", "stolen", "chosen", "spoken",
            "broken", "fallen", "forgotten", "hidden", "risen", "sworn", "thrown", "drawn", "flown");

    /** Words ending in "-ed" that are not past-tense verbs. */
    static final Set<String> NOT_PAST_ED = Set.of("need", "needs", "indeed", "speed", "proceed", "exceed", "succeed",
            "breed", "feed", "seed", "deed", "weed", "greed", "bed", "red", "shed", "wed", "hundred", "embed",
            "naked", "sacred", "wicked", "bred", "fled", "led", "ted", "bled");

    /** Words after a four-digit number that show it counts things rather than naming a year. */
    static final Set<String> COUNTED_NOUNS = Set.of("million", "billion", "trillion", "thousand", "people",
            "percent", "per", "troops", "soldiers", "workers", "employees", "jobs", "shares", "votes", "points",
            "feet", "foot", "meters", "metres", "miles", "km", "kilometers", "kilometres", "tons", "tonnes", "pounds",
            "dollars", "euros", "yen", "units", "cars", "vehicles", "homes", "houses", "students", "members",
            "cases", "deaths", "patients", "passengers", "aircraft", "planes", "jets", "barrels", "hours", "days",
            "acres", "times", "rounds", "words", "pages", "seats", "staff", "degrees", "games", "goals", "yards",
            "delegates", "children", "women", "men", "officers", "police", "residents", "copies", "emails",
            "messages", "signatures", "rooms", "stores", "companies", "schools", "calorie", "calories");

    /** Words before a four-digit number that show it is a name, a price or a code rather than a year. */
    static final Set<String> NUMBER_LABELS = Set.of("no", "number", "flight", "route", "room", "page", "boeing",
            "airbus", "model", "version", "highway", "interstate", "tel", "phone", "fax", "box", "suite", "unit",
            "channel", "code", "dow", "nasdaq", "index", "at", "about", "around", "approximately", "nearly",
            "some", "over", "than", "under", "only", "just", "total", "pct", "resolution", "article", "chapter",
            "section");

    /** Heads of newspaper names after a weekday ("the Sunday Times", "Sunday Telegraph"): a title, not a day. */
    static final Set<String> PAPER_HEADS = Set.of("times", "telegraph", "express", "mirror", "post", "herald",
            "tribune", "mail", "independent", "observer", "star", "sport");
}
