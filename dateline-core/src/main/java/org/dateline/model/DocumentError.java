package org.dateline.model;

/** A per-input failure: the input it names and a message a person can act on. The run goes on. */
public record DocumentError(String source, String stage, String message) {
    @Override
    public String toString() {
        return source + ": " + stage + ": " + message;
    }
}
