package org.dateline.read;

import org.dateline.model.DocumentError;
import org.dateline.model.RawDocument;

/** One outcome of reading: a document, or an error naming the input it came from. */
public sealed interface ReadResult permits ReadResult.Document, ReadResult.Failure {

    record Document(RawDocument document) implements ReadResult {
    }

    record Failure(DocumentError error) implements ReadResult {
    }
}
