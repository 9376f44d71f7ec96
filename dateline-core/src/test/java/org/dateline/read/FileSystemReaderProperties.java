package org.dateline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

class FileSystemReaderProperties {

    private final FileSystemReader reader = new FileSystemReader(64 * 1024);
    private Path dir;

    @BeforeTry
    void makeFolder() throws IOException {
        dir = Files.createTempDirectory("reader-props");
    }

    @AfterTry
    void removeFolder() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }

    @Property(tries = 200)
    void anyBytesGiveResultsNamingTheFileAndNoException(@ForAll @Size(max = 3000) byte[] content,
                                                         @ForAll("fileNames") String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);

        List<ReadResult> results = reader.read(List.of(file)).toList();

        assertThat(results).isNotEmpty().allSatisfy(result -> {
            switch (result) {
                case ReadResult.Document d -> {
                    assertThat(d.document().content()).isNotBlank();
                    assertThat(d.document().source()).startsWith(file.toString());
                }
                case ReadResult.Failure f -> {
                    assertThat(f.error().source()).startsWith(file.toString());
                    assertThat(f.error().message()).isNotBlank();
                }
            }
        });
    }

    @Property(tries = 200)
    void anyTextIsReadBackExactlyWhenItIsNotBlank(@ForAll @Size(max = 500) String text) throws IOException {
        Path file = dir.resolve("doc.txt");
        Files.writeString(file, text);

        List<ReadResult> results = reader.read(List.of(file)).toList();

        assertThat(results).hasSize(1);
        if (results.getFirst() instanceof ReadResult.Document d) {
            assertThat(d.document().content()).isEqualTo(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("a.txt", "a.html", "a.jsonl", "a.txt.gz", "a.jsonl.gz", "a", "a.bin");
    }
}
