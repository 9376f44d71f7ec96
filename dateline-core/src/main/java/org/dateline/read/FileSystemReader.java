package org.dateline.read;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

// PLACEHOLDER: replaced by the real implementation before commit.
public final class FileSystemReader implements DocumentReader {
    @Override
    public Stream<ReadResult> read(List<Path> inputs) {
        throw new UnsupportedOperationException("placeholder");
    }
}
