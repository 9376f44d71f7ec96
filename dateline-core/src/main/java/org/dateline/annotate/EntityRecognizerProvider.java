package org.dateline.annotate;

/**
 * Service-provider hook so that an engine living in another module (and under another licence, as
 * dateline-corenlp does) can supply the recognizer without the core importing it.
 * Providers are listed in META-INF/services/org.dateline.annotate.EntityRecognizerProvider.
 */
public interface EntityRecognizerProvider {

    /** Higher wins when several providers are on the class path. */
    int priority();

    EntityRecognizer create();
}
