package org.dateline.corenlp;

import org.dateline.annotate.EntityRecognizer;
import org.dateline.annotate.EntityRecognizerProvider;

/** Offers CoreNLP to the core through ServiceLoader, so the core never imports this GPL module. */
public final class CoreNlpEntityRecognizerProvider implements EntityRecognizerProvider {

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public EntityRecognizer create() {
        return new CoreNlpEntityRecognizer();
    }
}
