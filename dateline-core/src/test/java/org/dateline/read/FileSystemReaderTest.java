package org.dateline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.model.DocumentError;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemReaderTest {

    private final FileSystemReader reader = new FileSystemReader();

    @TempDir
    Path dir;

    @Test
    void readsTheSeedFolderInSortedOrderWithFileNameIds() {
        List<ReadResult> results = readAll(Path.of("../examples/summits"));

        assertThat(documents(results)).extracting(RawDocument::id)
                .containsExactly("000_317ed6e72805f1c3", "002_08c49bae68cbef8e", "004_f39618a8c25621a2");
        assertThat(documents(results)).allSatisfy(d -> {
            assertThat(d.format()).isEqualTo(RawDocument.Format.TEXT);
            assertThat(d.source()).endsWith(d.id() + ".txt");
            assertThat(d.content()).contains("Kim");
        });
    }

    @Test
    void readsEachFormatAndItsGzipVariant() throws IOException {
        write("a.txt", "Plain words here.");
        write("b.html", "<html><body><p>Hello page</p></body></html>");
        write("c.htm", "<p>Short page</p>");
        gzip("d.txt.gz", "Compressed text.".getBytes(StandardCharsets.UTF_8));
        gzip("e.html.gz", "<html><p>Compressed page</p></html>".getBytes(StandardCharsets.UTF_8));
        gzip("f.jsonl.gz", "{\"id\":\"rec-1\",\"text\":\"Zipped record\"}\n".getBytes(StandardCharsets.UTF_8));

        List<RawDocument> docs = documents(readAll(dir));

        assertThat(docs).extracting(RawDocument::id).containsExactly("a", "b", "c", "d", "e", "rec-1");
        assertThat(docs).extracting(RawDocument::format).containsExactly(RawDocument.Format.TEXT,
                RawDocument.Format.HTML, RawDocument.Format.HTML, RawDocument.Format.TEXT, RawDocument.Format.HTML,
                RawDocument.Format.TEXT);
        assertThat(docs.get(3).content()).isEqualTo("Compressed text.");
        assertThat(docs.get(5).content()).isEqualTo("Zipped record");
    }

    @Test
    void readsFoldersRecursivelySkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub/deeper"));
        write("sub/deeper/z.txt", "Deep text.");
        write("sub/a.txt", "Shallow text.");
        write(".hidden.txt", "Not for reading.");

        assertThat(documents(readAll(dir))).extracting(RawDocument::id).containsExactly("a", "z");
    }

    @Test
    void sniffsHtmlInFilesWithoutAKnownExtension() throws IOException {
        write("page", "<!DOCTYPE html><html><body><p>Sniffed</p></body></html>");
        write("notes.md", "Just some notes, no markup at all.");

        List<RawDocument> docs = documents(readAll(dir));

        assertThat(docs).extracting(RawDocument::id, RawDocument::format).containsExactly(
                org.assertj.core.groups.Tuple.tuple("notes", RawDocument.Format.TEXT),
                org.assertj.core.groups.Tuple.tuple("page", RawDocument.Format.HTML));
    }

    @Test
    void readsJsonlRecordsWithTheirOwnValues() throws IOException {
        write("feed.jsonl", String.join("\n",
                "{\"id\":\"x1\",\"text\":\"First story.\",\"url\":\"https://example.org/a\",\"title\":\"A\",\"published\":\"2019-06-26\"}",
                "",
                "{\"html\":\"<p>Second story</p>\"}",
                "{\"id\":7,\"text\":\"Third story.\"}"));

        List<ReadResult> results = readAll(dir.resolve("feed.jsonl"));
        List<RawDocument> docs = documents(results);

        assertThat(docs).extracting(RawDocument::id).containsExactly("x1", "feed-3", "7");
        assertThat(docs.getFirst()).extracting(RawDocument::url, RawDocument::title, RawDocument::published)
                .containsExactly("https://example.org/a", "A", "2019-06-26");
        assertThat(docs.get(1).format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(docs).extracting(RawDocument::source)
                .containsExactly(dir.resolve("feed.jsonl") + "#1", dir.resolve("feed.jsonl") + "#3", dir.resolve("feed.jsonl") + "#4");
    }

    @Test
    void aJsonlRecordFromPythonWithNaNForAMissingValueIsRead() throws IOException {
        write("feed.jsonl", "{\"id\": \"p1\", \"text\": \"A story.\", \"url\": NaN, \"published\": NaN}\n");

        List<RawDocument> docs = documents(readAll(dir.resolve("feed.jsonl")));

        assertThat(docs).singleElement().extracting(RawDocument::id, RawDocument::url, RawDocument::published)
                .containsExactly("p1", null, null);
    }

    @Test
    void aNumericPublicationTimeIsReadAsUnixSecondsOrMillisecondsOrAsTheDateItWrites() throws IOException {
        write("feed.jsonl", "{\"text\": \"One.\", \"published\": 1553212800}\n"
                + "{\"text\": \"Two.\", \"published\": 1553212800000}\n"
                + "{\"text\": \"Three.\", \"published\": 20190322}\n"
                + "{\"text\": \"Four.\", \"published\": 20191322}\n");

        // 20191322 writes no date (month 13): Unix seconds, as any other number.
        assertThat(documents(readAll(dir.resolve("feed.jsonl")))).extracting(RawDocument::published)
                .containsExactly("2019-03-22T00:00:00Z", "2019-03-22T00:00:00Z", "2019-03-22", "1970-08-22T16:42:02Z");
    }

    @Test
    void aBrokenJsonlLineFailsAloneAndTheOthersAreRead() throws IOException {
        write("feed.jsonl", "{\"text\":\"Good one.\"}\n{\"text\": broken\n{\"title\":\"no body\"}\n{\"text\":\"Good two.\"}\n");

        List<ReadResult> results = readAll(dir.resolve("feed.jsonl"));

        assertThat(documents(results)).extracting(RawDocument::content).containsExactly("Good one.", "Good two.");
        assertThat(failures(results)).extracting(DocumentError::source)
                .containsExactly(dir.resolve("feed.jsonl") + "#2", dir.resolve("feed.jsonl") + "#3");
        assertThat(failures(results).getFirst().message()).contains("broken JSON line");
        assertThat(failures(results).get(1).message()).contains("neither");
    }

    @Test
    void anEmptyFileFailsClearly() throws IOException {
        write("empty.txt", "");
        write("blank.txt", " \n\t\n");

        List<DocumentError> errors = failures(readAll(dir));

        assertThat(errors).extracting(DocumentError::message).containsExactly("no text (only whitespace)", "empty file");
        assertThat(errors).allSatisfy(e -> assertThat(e.stage()).isEqualTo("read"));
    }

    @Test
    void binaryJunkFailsClearly() throws IOException {
        Files.write(dir.resolve("nul.txt"), new byte[] {'a', 0, 'b', 0, 'c'});
        byte[] control = new byte[400];
        Arrays.fill(control, (byte) 0x07);
        Files.write(dir.resolve("bell.html"), control);

        List<DocumentError> errors = failures(readAll(dir));

        assertThat(errors).hasSize(2).allSatisfy(e -> assertThat(e.message()).contains("binary content"));
        assertThat(errors).extracting(DocumentError::source).anySatisfy(s -> assertThat(s).endsWith("nul.txt"));
    }

    @Test
    void aFileOverTheSizeLimitFailsAndAPageUnderItIsRead() throws IOException {
        Path big = dir.resolve("big.html");
        writeRepeated(big, "<p>filler text for a very large page</p>\n", 50L * 1000 * 1000);
        Path twenty = dir.resolve("twenty.html");
        writeRepeated(twenty, "<p>a twenty megabyte page is still a page</p>\n", 20L * 1000 * 1000);

        List<ReadResult> results = readAll(dir);

        assertThat(failures(results)).singleElement().satisfies(e -> {
            assertThat(e.source()).endsWith("big.html");
            assertThat(e.message()).contains("too large").contains("32.0 MiB");
        });
        assertThat(documents(results)).singleElement().satisfies(d -> assertThat(d.content().length()).isGreaterThan(19_000_000));
    }

    @Test
    void theSizeLimitIsConfigurableAndAppliesToDecompressedContent() throws IOException {
        write("small.txt", "x".repeat(100));
        gzip("bomb.txt.gz", "y".repeat(5000).getBytes(StandardCharsets.UTF_8));

        List<ReadResult> results = new FileSystemReader(1000).read(List.of(dir)).toList();

        assertThat(failures(results)).singleElement().satisfies(e -> {
            assertThat(e.source()).endsWith("bomb.txt.gz");
            assertThat(e.message()).contains("decompressed content too large");
        });
        assertThat(documents(results)).extracting(RawDocument::id).containsExactly("small");
        assertThatThrownBy(() -> new FileSystemReader(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void truncatedGzipFailsClearly() throws IOException {
        byte[] whole = gzipped("Some text that will be cut off before the end. ".repeat(50).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(whole, whole.length / 2));
        var lines = new StringBuilder();
        for (int i = 0; i < 500; i++) lines.append("{\"text\":\"record ").append(i * 7919L % 10007).append("\"}\n");
        byte[] jsonl = gzipped(lines.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(jsonl, jsonl.length / 2));

        List<DocumentError> errors = failures(readAll(dir));

        assertThat(errors).extracting(DocumentError::source)
                .anySatisfy(s -> assertThat(s).endsWith("cut.txt.gz"))
                .anySatisfy(s -> assertThat(s).endsWith("cut.jsonl.gz"));
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).containsAnyOf("truncated gzip", "corrupt gzip"));
    }

    @Test
    void aMissingInputFailsAndTheOthersAreStillRead() throws IOException {
        write("ok.txt", "Fine.");

        List<ReadResult> results = reader.read(List.of(dir.resolve("missing.txt"), dir.resolve("ok.txt"))).toList();

        assertThat(failures(results)).singleElement().satisfies(e -> assertThat(e.message()).contains("no such file"));
        assertThat(documents(results)).extracting(RawDocument::content).containsExactly("Fine.");
    }

    @Test
    void invalidUtf8IsDecodedAsWindows1252WithAWarning() throws IOException {
        Files.write(dir.resolve("latin.txt"), "Café – déjà vu".getBytes(Charset.forName("windows-1252")));

        ReadResult.Document result = (ReadResult.Document) readAll(dir).getFirst();

        assertThat(result.document().content()).isEqualTo("Café – déjà vu");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w).contains("not valid UTF-8").contains("windows-1252"));
    }

    @Test
    void invalidUtf8UsesTheCharsetTheHtmlDeclares() throws IOException {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир</p></body></html>";
        Files.write(dir.resolve("ru.html"), page.getBytes(Charset.forName("windows-1251")));

        ReadResult.Document result = (ReadResult.Document) readAll(dir).getFirst();

        assertThat(result.document().content()).contains("Привет, мир");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w).contains("windows-1251"));
    }

    @Test
    void validUtf8HasNoWarningAndLosesItsByteOrderMark() throws IOException {
        byte[] text = "Grüße aus Köln".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(dir.resolve("bom.txt"), withBom);

        ReadResult.Document result = (ReadResult.Document) readAll(dir).getFirst();

        assertThat(result.document().content()).isEqualTo("Grüße aus Köln");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsLazilyOnlyWhenTheStreamIsConsumed() throws IOException {
        var results = reader.read(List.of(dir));
        write("late.txt", "Written after the stream was made.");

        assertThat(documents(results.toList())).extracting(RawDocument::id).containsExactly("late");
    }

    private List<ReadResult> readAll(Path input) {
        try (var results = reader.read(List.of(input))) {
            return results.toList();
        }
    }

    static List<RawDocument> documents(List<ReadResult> results) {
        return results.stream().filter(ReadResult.Document.class::isInstance)
                .map(r -> ((ReadResult.Document) r).document()).toList();
    }

    static List<DocumentError> failures(List<ReadResult> results) {
        return results.stream().filter(ReadResult.Failure.class::isInstance)
                .map(r -> ((ReadResult.Failure) r).error()).toList();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private void gzip(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), gzipped(content));
    }

    private static byte[] gzipped(byte[] content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        }
        return bytes.toByteArray();
    }

    private static void writeRepeated(Path file, String line, long targetBytes) throws IOException {
        byte[] chunk = line.repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < targetBytes; written += chunk.length) out.write(chunk);
            out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
        }
    }
}
