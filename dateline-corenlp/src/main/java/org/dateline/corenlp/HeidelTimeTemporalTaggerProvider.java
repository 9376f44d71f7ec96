package org.dateline.corenlp;

import org.dateline.time.TemporalTagger;
import org.dateline.time.TemporalTaggerProvider;

/** Offers HeidelTime by the name "heideltime" through ServiceLoader. */
public final class HeidelTimeTemporalTaggerProvider implements TemporalTaggerProvider {

    @Override
    public String name() {
        return "heideltime";
    }

    @Override
    public TemporalTagger create() {
        return new HeidelTimeTemporalTagger();
    }
}
