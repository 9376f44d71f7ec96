package org.dateline;

/** Hears how far a run has got, so a front end can show progress. Called from worker threads. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** A stage begins; {@code total} is the number of work items, or -1 when unknown. */
    default void stageStarted(String stage, long total) {
    }

    default void itemDone(String stage) {
    }

    default void stageFinished(String stage) {
    }
}
