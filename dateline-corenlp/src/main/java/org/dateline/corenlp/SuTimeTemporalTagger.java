package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.time.TemporalTagger;

/**
 * Stanford SUTime behind Dateline's {@link TemporalTagger}: the reference we measure our own tagger
 * against (`dateline eval timex --engine sutime`). SUTime resolves relative expressions against the
 * document date it is given.
 */
public final class SuTimeTemporalTagger implements TemporalTagger {

    private static final class Engine {
        static final AnnotationPipeline PIPELINE = create();

        private static AnnotationPipeline create() {
            Properties props = new Properties();
            props.setProperty("sutime.includeRange", "true");
            AnnotationPipeline pipeline = new AnnotationPipeline();
            // Since CoreNLP 4.5 the tokenizer splits sentences too; a second splitter only logs an error.
            pipeline.addAnnotator(new TokenizerAnnotator(false, "en"));
            pipeline.addAnnotator(new TimeAnnotator("sutime", props));
            return pipeline;
        }
    }

    @Override
    public List<Timex> tag(String text, LocalDate anchor) {
        Annotation document = new Annotation(text);
        if (anchor != null) document.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        Engine.PIPELINE.annotate(document);
        List<Timex> timexes = new ArrayList<>();
        List<CoreMap> found = document.get(TimeAnnotations.TimexAnnotations.class);
        if (found == null) return timexes;
        for (CoreMap cm : found) {
            edu.stanford.nlp.time.Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
            TimexType type = TimexTypes.of(timex.timexType());
            if (type == null) continue;
            int start = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String value = timex.value() != null ? timex.value() : timex.altVal();
            timexes.add(new Timex(text.substring(start, end), type, value, start, end));
        }
        return timexes;
    }
}
