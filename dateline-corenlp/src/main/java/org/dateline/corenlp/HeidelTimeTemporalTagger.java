package org.dateline.corenlp;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import de.unihd.dbs.uima.types.heideltime.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.time.TemporalTagger;

/**
 * HeidelTime 2.2.1 (Strötgen and Gertz; the best value F1 of TempEval-3) behind Dateline's {@link TemporalTagger}: a
 * second reference beside SUTime (`dateline eval timex --engine heideltime`). HeidelTime's own runner takes its
 * part-of-speech tags from TreeTagger (not packaged here) or CoreNLP 3.3.1 (which clashes with this module's 4.5); so
 * this feeds its annotator the sentences, tokens and tags of the CoreNLP this module already has, as that runner does.
 * Undated texts are tagged as narratives, HeidelTime's mode without a document date.
 */
public final class HeidelTimeTemporalTagger implements TemporalTagger {

    private static final class Engine {
        static final Engine INSTANCE = new Engine();

        final StanfordCoreNLP partsOfSpeech;
        final JCasFactoryImpl documents;
        final HeidelTime news;
        final HeidelTime narratives;

        private Engine() {
            Properties nlp = new Properties();
            nlp.setProperty("annotators", "tokenize,pos");
            nlp.setProperty("tokenize.options", "ptb3Escaping=false,untokenizable=noneKeep");
            partsOfSpeech = new StanfordCoreNLP(nlp);
            Config.setProps(configuration());
            try {
                var typeSystem = HeidelTime.class.getClassLoader().getResource(Config.get(Config.TYPESYSTEMHOME));
                TypeSystemDescription types = UIMAFramework.getXMLParser()
                        .parseTypeSystemDescription(new XMLInputSource(typeSystem));
                documents = new JCasFactoryImpl(new TypeSystemDescription[] {types});
                news = annotator(DocumentType.NEWS);
                narratives = annotator(DocumentType.NARRATIVES);
            } catch (Exception e) {
                throw new IllegalStateException("HeidelTime could not start: " + e.getMessage(), e);
            }
        }

        /** The settings HeidelTime reads from its config.props: every kind of expression, its type system. */
        private static Properties configuration() {
            Properties config = new Properties();
            for (String kind : List.of(Config.CONSIDER_DATE, Config.CONSIDER_DURATION, Config.CONSIDER_SET,
                    Config.CONSIDER_TIME)) {
                config.setProperty(kind, "true");
            }
            config.setProperty(Config.CONSIDER_TEMPONYM, "false");
            config.setProperty(Config.TYPESYSTEMHOME, "desc/type/HeidelTime_TypeSystem.xml");
            config.setProperty(Config.UIMAVAR_DATE, "Date");
            config.setProperty(Config.UIMAVAR_DURATION, "Duration");
            config.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
            config.setProperty(Config.UIMAVAR_SET, "Set");
            config.setProperty(Config.UIMAVAR_TIME, "Time");
            config.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
            config.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
            config.setProperty(Config.UIMAVAR_CONVERTDURATIONS, "true");
            return config;
        }

        private static HeidelTime annotator(DocumentType type) throws Exception {
            HeidelTime annotator = new HeidelTime();
            annotator.initialize(new UimaContextImpl(Language.ENGLISH, type, false));
            return annotator;
        }

        synchronized List<Timex> tag(String text, LocalDate anchor) throws Exception {
            JCas document = documents.createJCas();
            document.setDocumentText(text);
            if (anchor != null) {
                Dct creation = new Dct(document);
                // The form HeidelTime's own runner writes ("2018.09.10T00:00").
                creation.setValue(anchor.toString().replace('-', '.') + "T00:00");
                creation.addToIndexes();
            }
            addSentencesAndTokens(document, text);
            (anchor != null ? news : narratives).process(document);
            List<Timex> timexes = new ArrayList<>();
            for (var annotation : document.getAnnotationIndex(Timex3.type)) {
                Timex3 found = (Timex3) annotation;
                TimexType type = TimexTypes.of(found.getTimexType());
                if (type == null || found.getTimexValue() == null) continue;
                timexes.add(new Timex(found.getCoveredText(), type, found.getTimexValue(), found.getBegin(),
                        found.getEnd()));
            }
            return timexes;
        }

        private void addSentencesAndTokens(JCas document, String text) {
            Annotation parsed = new Annotation(text);
            partsOfSpeech.annotate(parsed);
            for (CoreMap sentence : parsed.get(CoreAnnotations.SentencesAnnotation.class)) {
                new Sentence(document, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)).addToIndexes();
                for (CoreLabel word : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                    Token token = new Token(document, word.beginPosition(), word.endPosition());
                    token.setPos(word.tag());
                    token.addToIndexes();
                }
            }
        }
    }

    @Override
    public List<Timex> tag(String text, LocalDate anchor) {
        try {
            return Engine.INSTANCE.tag(text, anchor);
        } catch (Exception e) {
            throw new IllegalStateException("HeidelTime failed on a text of " + text.length() + " characters: "
                    + e.getMessage(), e);
        }
    }
}
