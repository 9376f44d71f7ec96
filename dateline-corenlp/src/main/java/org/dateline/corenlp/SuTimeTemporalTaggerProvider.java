package org.dateline.corenlp;

import org.dateline.time.TemporalTagger;
import org.dateline.time.TemporalTaggerProvider;

/** Offers SUTime by the name "sutime" through ServiceLoader. */
public final class SuTimeTemporalTaggerProvider implements TemporalTaggerProvider {

    @Override
    public String name() {
        return "sutime";
    }

    @Override
    public TemporalTagger create() {
        return new SuTimeTemporalTagger();
    }
}
