package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dateline.annotate.EntityRecognizer;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Span;

/**
 * Named entities from Stanford CoreNLP's CRF models (coarse classes only: the fine-grained pass costs
 * twice the memory and half the speed for labels we do not use). One CoreNLP pipeline per JVM, loaded
 * on first use and shared by threads.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "it", "its", "i", "me", "my", "we", "our", "you", "your", "He", "She", "Him", "Her", "His",
            "They", "Them", "Their", "It", "Its", "I", "Me", "My", "We", "Our", "You", "Your");

    private static final class Engine {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());

        private static Properties properties() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.buildEntityMentions", "true");
            return p;
        }
    }

    @Override
    public List<EntityMention> recognize(String text, List<Span> sentences) {
        Annotation document = new Annotation(text);
        Engine.PIPELINE.annotate(document);
        List<EntityMention> mentions = new ArrayList<>();
        List<CoreMap> found = document.get(CoreAnnotations.MentionsAnnotation.class);
        if (found == null) return mentions;
        for (CoreMap mention : found) {
            EntityType type = typeOf(mention.get(CoreAnnotations.EntityTypeAnnotation.class));
            if (type == null || isPronoun(mention.get(CoreAnnotations.TextAnnotation.class))) continue;
            int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            mentions.add(new EntityMention(text.substring(start, end), type, null, start, end));
        }
        return mentions;
    }

    /** CoreNLP adds pronominal mentions for coreference; a pronoun is not a named entity. */
    private static boolean isPronoun(String text) {
        return text != null && PRONOUNS.contains(text);
    }

    private static EntityType typeOf(String label) {
        if (label == null) return null;
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC", "NATIONALITY" -> EntityType.MISC;
            default -> null;
        };
    }

    @Override
    public String name() {
        return "corenlp";
    }
}
