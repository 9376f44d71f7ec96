package org.dateline;

import org.dateline.annotate.EntityLinker;
import org.dateline.annotate.EntityRecognizer;
import org.dateline.annotate.EntityRecognizers;
import org.dateline.annotate.OpenNlpSentenceSplitter;
import org.dateline.annotate.PatternQuoteExtractor;
import org.dateline.annotate.QuoteExtractor;
import org.dateline.annotate.SentenceSplitter;
import org.dateline.extract.DefaultExtractor;
import org.dateline.extract.Extractor;
import org.dateline.group.ArticleClusterer;
import org.dateline.group.MinHashDuplicateDetector;
import org.dateline.group.NearDuplicateDetector;
import org.dateline.group.StoryClusterer;
import org.dateline.group.StorylineClusterer;
import org.dateline.read.DocumentReader;
import org.dateline.read.FileSystemReader;
import org.dateline.tell.ExtractiveTimelineBuilder;
import org.dateline.tell.TimelineBuilder;
import org.dateline.time.DocumentDater;
import org.dateline.time.EventDater;
import org.dateline.time.EvidenceDocumentDater;
import org.dateline.time.LeadEventDater;
import org.dateline.time.RuleTemporalTagger;
import org.dateline.time.TemporalTagger;

/**
 * The public entry point: {@code Dateline.pipeline().process(paths, progress)}.
 * Every stage has a default; {@link #builder()} swaps any of them.
 */
public final class Dateline {

    private Dateline() {
    }

    /** A pipeline with the default stage of every kind, and the best entity engine on the class path. */
    public static Pipeline pipeline() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Chooses the stages of a {@link Pipeline}; unset ones get their defaults. */
    public static final class Builder {
        DocumentReader reader;
        Extractor extractor;
        SentenceSplitter sentenceSplitter;
        EntityRecognizer entityRecognizer;
        TemporalTagger temporalTagger;
        QuoteExtractor quoteExtractor;
        EntityLinker entityLinker;
        NearDuplicateDetector duplicateDetector;
        ArticleClusterer storylineClusterer;
        ArticleClusterer storyClusterer;
        DocumentDater documentDater;
        EventDater eventDater;
        TimelineBuilder timelineBuilder;

        private Builder() {
        }

        public Builder reader(DocumentReader value) { reader = value; return this; }

        public Builder extractor(Extractor value) { extractor = value; return this; }

        public Builder sentenceSplitter(SentenceSplitter value) { sentenceSplitter = value; return this; }

        public Builder entityRecognizer(EntityRecognizer value) { entityRecognizer = value; return this; }

        public Builder temporalTagger(TemporalTagger value) { temporalTagger = value; return this; }

        public Builder quoteExtractor(QuoteExtractor value) { quoteExtractor = value; return this; }

        public Builder entityLinker(EntityLinker value) { entityLinker = value; return this; }

        public Builder duplicateDetector(NearDuplicateDetector value) { duplicateDetector = value; return this; }

        public Builder storylineClusterer(ArticleClusterer value) { storylineClusterer = value; return this; }

        public Builder storyClusterer(ArticleClusterer value) { storyClusterer = value; return this; }

        public Builder documentDater(DocumentDater value) { documentDater = value; return this; }

        /** Dates events and quotes; the default timeline builder places events with it too. */
        public Builder eventDater(EventDater value) { eventDater = value; return this; }

        public Builder timelineBuilder(TimelineBuilder value) { timelineBuilder = value; return this; }

        public Pipeline build() {
            if (reader == null) reader = new FileSystemReader();
            if (extractor == null) extractor = new DefaultExtractor();
            if (sentenceSplitter == null) sentenceSplitter = new OpenNlpSentenceSplitter();
            if (entityRecognizer == null) entityRecognizer = EntityRecognizers.best();
            if (temporalTagger == null) temporalTagger = new RuleTemporalTagger();
            if (quoteExtractor == null) quoteExtractor = new PatternQuoteExtractor();
            if (entityLinker == null) entityLinker = new EntityLinker();
            if (duplicateDetector == null) duplicateDetector = new MinHashDuplicateDetector();
            if (storylineClusterer == null) storylineClusterer = new StorylineClusterer();
            if (storyClusterer == null) storyClusterer = new StoryClusterer();
            if (documentDater == null) documentDater = new EvidenceDocumentDater();
            if (eventDater == null) eventDater = new LeadEventDater();
            if (timelineBuilder == null) timelineBuilder = new ExtractiveTimelineBuilder(eventDater);
            return new Pipeline(this);
        }
    }
}
