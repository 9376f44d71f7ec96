package org.dateline.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;

/**
 * Gives every entity one canonical name across the corpus: spellings that differ only in case, hyphens,
 * dots or a possessive merge ("Kim Jong Un" / "Kim Jong-un"); a one-word person mention joins the full name
 * it is part of, preferring full names of the same article ("Kim" after "Kim Jong Un"), then the corpus's
 * most frequent one; an acronym joins the multi-word name of the same type whose initials it spells
 * ("U.N." / "United Nations"). The canonical name is the most frequent full spelling. Quote speakers are
 * linked the same way.
 */
public class EntityLinker {

    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
    private static final Pattern MARKS = Pattern.compile("[\\p{M}.]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–]+");

    /** A mention's identity for merging: its type group and its normalised spelling. */
    private record Key(boolean person, String name) {
        boolean singleWord() {
            return name.indexOf(' ') < 0;
        }

        List<String> words() {
            return List.of(name.split(" "));
        }
    }

    public List<Article> link(List<Article> articles) {
        Map<Key, Map<String, Integer>> spellings = new HashMap<>();
        Map<Key, Integer> corpusCounts = new HashMap<>();
        for (Article article : articles) {
            for (EntityMention m : article.entities()) {
                Key key = keyOf(m.text(), m.type());
                if (key.name().isEmpty()) continue;
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(surface(m.text()), 1, Integer::sum);
                corpusCounts.merge(key, 1, Integer::sum);
            }
        }
        List<Key> fullNames = corpusCounts.keySet().stream().filter(k -> !k.singleWord())
                .sorted(Comparator.comparing((Key k) -> -corpusCounts.get(k)).thenComparing(Key::name))
                .toList();

        List<Article> linked = new ArrayList<>(articles.size());
        for (Article article : articles) {
            Map<Key, Integer> localCounts = new LinkedHashMap<>();
            for (EntityMention m : article.entities()) {
                localCounts.merge(keyOf(m.text(), m.type()), 1, Integer::sum);
            }
            Map<Key, Key> resolved = new HashMap<>();
            List<EntityMention> entities = article.entities().stream()
                    .map(m -> {
                        Key key = resolved.computeIfAbsent(keyOf(m.text(), m.type()),
                                k -> resolve(k, localCounts, fullNames, corpusCounts));
                        return m.withCanonical(canonicalName(key, spellings, m.text()));
                    })
                    .toList();
            List<Quote> quotes = article.quotes().stream()
                    .map(q -> q.speaker() == null ? q : q.withSpeakerCanonical(canonicalName(
                            resolve(keyOf(q.speaker(), EntityType.PERSON), localCounts, fullNames, corpusCounts),
                            spellings, q.speaker())))
                    .toList();
            linked.add(article.withEntities(entities).withQuotes(quotes));
        }
        return linked;
    }

    private static Key resolve(Key key, Map<Key, Integer> local, List<Key> fullNames, Map<Key, Integer> corpus) {
        if (!key.singleWord()) return key;
        // Full names of this article first (in order of local frequency), then of the corpus.
        Key best = local.entrySet().stream()
                .filter(e -> e.getKey().person() == key.person() && !e.getKey().singleWord() && partOf(key, e.getKey()))
                .max(Comparator.comparingInt((Map.Entry<Key, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> corpus.getOrDefault(e.getKey(), 0)))
                .map(Map.Entry::getKey)
                .orElse(null);
        if (best != null) return best;
        return fullNames.stream()
                .filter(full -> full.person() == key.person() && partOf(key, full))
                .findFirst()
                .orElse(key);
    }

    /** A one-word mention is part of a full name as its first or last word, or as its acronym. */
    private static boolean partOf(Key word, Key full) {
        List<String> words = full.words();
        if (word.person()) {
            return words.getFirst().equals(word.name()) || words.getLast().equals(word.name());
        }
        if (word.name().length() < 2) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : words) initials.append(w.charAt(0));
        return initials.toString().equals(word.name());
    }

    private static String canonicalName(Key key, Map<Key, Map<String, Integer>> spellings, String fallback) {
        Map<String, Integer> forms = spellings.get(key);
        if (forms == null || forms.isEmpty()) return surface(fallback);
        return forms.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    private static Key keyOf(String text, EntityType type) {
        String name = Normalizer.normalize(surface(text), Normalizer.Form.NFD);
        name = MARKS.matcher(name).replaceAll("");
        name = SEPARATORS.matcher(name).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("the ")) name = name.substring(4);
        return new Key(type == EntityType.PERSON, name);
    }

    /** The mention as a name: trimmed, without a trailing possessive. */
    private static String surface(String text) {
        return POSSESSIVE.matcher(text.strip()).replaceAll("").strip();
    }
}
