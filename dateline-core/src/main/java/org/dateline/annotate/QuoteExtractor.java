package org.dateline.annotate;

import java.util.List;
import org.dateline.model.EntityMention;
import org.dateline.model.Quote;
import org.dateline.model.Span;

/** Finds direct quotes and who said them. Speakers' canonical names are filled in later, corpus-wide. */
public interface QuoteExtractor {

    List<Quote> extract(String text, List<Span> sentences, List<EntityMention> entities);
}
