package org.dateline.annotate;

import java.util.List;
import org.dateline.model.EntityMention;
import org.dateline.model.Span;

/**
 * Finds named entity mentions (PERSON, ORGANIZATION, LOCATION at least) in a text.
 * Mentions carry no canonical name yet; that is the corpus-level {@link EntityLinker}'s job.
 * Implementations are thread-safe.
 */
public interface EntityRecognizer {

    /** @param sentences the text's sentences, which an engine may use instead of splitting again */
    List<EntityMention> recognize(String text, List<Span> sentences);

    /** A short name for logs and reports ("corenlp"). */
    String name();
}
