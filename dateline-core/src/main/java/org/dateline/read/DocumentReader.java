package org.dateline.read;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns input paths (files or folders, searched recursively) into raw documents.
 * A bad input yields a {@link ReadResult.Failure} naming it; no exception escapes for one bad file.
 */
public interface DocumentReader {

    /** Every document under the inputs, in a stable order (paths sorted, JSONL records in file order). */
    Stream<ReadResult> read(List<Path> inputs);
}
