package org.dateline.time;

/**
 * Service-provider hook for temporal taggers living in other modules (SUTime in dateline-corenlp), so
 * that evaluations and benchmarks can name an engine without the core importing it. Providers are listed
 * in META-INF/services/org.dateline.time.TemporalTaggerProvider.
 */
public interface TemporalTaggerProvider {

    /** The engine's name on the command line ("sutime"). */
    String name();

    TemporalTagger create();
}
