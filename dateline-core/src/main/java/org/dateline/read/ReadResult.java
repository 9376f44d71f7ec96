package org.dateline.read;

import java.util.List;
import org.dateline.model.DocumentError;
import org.dateline.model.RawDocument;

/** One outcome of reading: a document, or an error naming the input it came from. */
public sealed interface ReadResult permits ReadResult.Document, ReadResult.Failure {

    /**
     * A document that was read. {@code warnings} tell the user about best-effort choices that kept the
     * data but may have altered it (e.g. a file that was not valid UTF-8 and was decoded another way).
     */
    record Document(RawDocument document, List<String> warnings) implements ReadResult {
        public Document {
            warnings = List.copyOf(warnings);
        }

        public Document(RawDocument document) {
            this(document, List.of());
        }
    }

    record Failure(DocumentError error) implements ReadResult {
    }
}
