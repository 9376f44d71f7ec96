package org.dateline.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dateline.model.DocumentError;
import org.dateline.model.RawDocument;

/**
 * Reads files and folders (recursively, in sorted path order) into raw documents: {@code .txt},
 * {@code .html}/{@code .htm} and {@code .jsonl} files, each optionally gzip-compressed; files of any other
 * name are read as HTML when they look like HTML, else as text. Lazy: a file is opened only when the stream
 * reaches it, and a JSONL file is read line by line. Every bad input becomes a {@link ReadResult.Failure}
 * naming it, and the stream goes on. Thread-safe.
 */
public final class FileSystemReader implements DocumentReader {

    /** Default largest document: 32 MiB (a file, a decompressed file, or one JSONL line). */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private static final String STAGE = "read";
    /** Lenient where Python's json module is: NaN and Infinity (a missing pandas value) read as numbers, not errors. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article)\\b");
    private static final Pattern HTML_TAGS = Pattern.compile("(?i)</(?:p|div|body|html|article|span|a|li)>");

    private enum Kind { TEXT, HTML, JSONL, SNIFF }

    private final long maxBytes;

    public FileSystemReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest document accepted, in bytes; a larger one becomes a failure */
    public FileSystemReader(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and 2 GiB: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public Stream<ReadResult> read(List<Path> inputs) {
        return inputs.stream().flatMap(this::readInput);
    }

    private Stream<ReadResult> readInput(Path input) {
        if (Files.isDirectory(input)) {
            return readFolder(input);
        }
        if (!Files.exists(input)) {
            return Stream.of(failure(input.toString(), "no such file or folder"));
        }
        return readFile(input);
    }

    private Stream<ReadResult> readFolder(Path folder) {
        List<Path> files = new ArrayList<>();
        List<ReadResult> failures = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(failure(file.toString(), "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(failure(folder.toString(), "cannot list folder: " + describe(e)));
        }
        files.sort(null);
        return Stream.concat(failures.stream(), files.stream().flatMap(this::readFile));
    }

    private Stream<ReadResult> readFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String inner = lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        Kind kind = kindOf(inner.toLowerCase(Locale.ROOT));
        String id = withoutExtension(inner);
        return kind == Kind.JSONL ? readJsonl(file, id) : Stream.of(readDocument(file, id, kind));
    }

    private ReadResult readDocument(Path file, String id, Kind kind) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size == 0) return failure(source, "empty file");
            if (size > maxBytes) return failure(source, "file too large (" + mib(size) + "; the limit is " + mib(maxBytes) + ")");
            byte[] bytes = Files.readAllBytes(file);
            int length = bytes.length;
            if (isGzip(bytes, length)) {
                bytes = readBounded(new GZIPInputStream(new ByteArrayInputStream(bytes)));
                if (bytes == null) {
                    return failure(source, "decompressed content too large (over the limit of " + mib(maxBytes) + ")");
                }
                length = bytes.length;
                if (length == 0) return failure(source, "empty after decompression");
            }
            var binary = TextDecoder.binaryReason(bytes, length);
            if (binary.isPresent()) return failure(source, binary.get());
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, length);
            String text = decoded.text();
            if (text.isBlank()) return failure(source, "no text (only whitespace)");
            RawDocument.Format format = switch (kind) {
                case HTML -> RawDocument.Format.HTML;
                case TEXT -> RawDocument.Format.TEXT;
                case SNIFF, JSONL -> looksLikeHtml(text) ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
            };
            return new ReadResult.Document(new RawDocument(id, source, format, text, null, null, null), decoded.warnings());
        } catch (IOException | UncheckedIOException e) {
            return failure(source, describeReadError(e));
        } catch (OutOfMemoryError e) {
            return failure(source, "not enough memory to read this file");
        }
    }

    private Stream<ReadResult> readJsonl(Path file, String fileId) {
        InputStream in;
        try {
            if (Files.size(file) == 0) return Stream.of(failure(file.toString(), "empty file"));
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in = startsWithGzipMagic(raw) ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        } catch (IOException e) {
            return Stream.of(failure(file.toString(), describeReadError(e)));
        }
        var records = new JsonlRecords(file, fileId, in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(records::close);
    }

    /** The records of one JSONL file, one result per non-blank line, read as they are consumed. */
    private final class JsonlRecords implements Iterator<ReadResult> {
        private final Path file;
        private final String fileId;
        private final InputStream in;
        private int lineNumber;
        private int records;
        private boolean finished;
        private ReadResult next;

        JsonlRecords(Path file, String fileId, InputStream in) {
            this.file = file;
            this.fileId = fileId;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !finished) {
                next = readNext();
            }
            return next != null;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) throw new NoSuchElementException();
            ReadResult result = next;
            next = null;
            return result;
        }

        /** The next result, or null for a blank line or the end (then {@code finished} is set). */
        private ReadResult readNext() {
            Line line;
            try {
                line = readLine();
            } catch (IOException | UncheckedIOException e) {
                finished = true;
                close();
                return failure(file.toString(), describeReadError(e) + " (after line " + lineNumber + ")");
            }
            if (line == null) {
                finished = true;
                close();
                return records == 0 ? failure(file.toString(), "no JSON records in the file") : null;
            }
            lineNumber++;
            String source = file + "#" + lineNumber;
            if (line.tooLong()) {
                records++;
                return failure(source, "line too long (over the limit of " + mib(maxBytes) + ")");
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(line.bytes(), line.bytes().length);
            if (decoded.text().isBlank()) return null;
            records++;
            return parseRecord(decoded, source);
        }

        private ReadResult parseRecord(TextDecoder.Decoded decoded, String source) {
            JsonNode record;
            try {
                record = JSON.readTree(decoded.text());
            } catch (JacksonException e) {
                return failure(source, "broken JSON line: " + e.getOriginalMessage());
            }
            if (record == null || !record.isObject()) return failure(source, "JSON line is not an object");
            String html = text(record, "html");
            String body = html != null ? html : text(record, "text");
            if (body == null) return failure(source, "JSON record has neither a \"text\" nor an \"html\" field with content");
            String id = text(record, "id");
            if (id == null && record.path("id").isNumber()) id = record.get("id").asText();
            var document = new RawDocument(id != null ? id : fileId + "-" + lineNumber, source,
                    html != null ? RawDocument.Format.HTML : RawDocument.Format.TEXT, body,
                    text(record, "url"), text(record, "title"), published(record));
            return new ReadResult.Document(document, decoded.warnings());
        }

        /** One line's bytes without the line break, or null at the end of the input. */
        private Line readLine() throws IOException {
            var buffer = new ByteBuffer();
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (tooLong) continue;
                if (buffer.size() >= maxBytes) {
                    tooLong = true;
                    buffer = new ByteBuffer();
                } else {
                    buffer.add((byte) b);
                }
            }
            if (b == -1 && buffer.size() == 0 && !tooLong) return null;
            return new Line(buffer.toArray(), tooLong);
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Nothing was written; a failed close of a read-only stream loses nothing.
            }
        }
    }

    private record Line(byte[] bytes, boolean tooLong) {
    }

    /** A growable byte array; trailing CR is dropped on output so CRLF files read like LF files. */
    private static final class ByteBuffer {
        private byte[] data = new byte[256];
        private int size;

        void add(byte b) {
            if (size == data.length) data = Arrays.copyOf(data, data.length * 2);
            data[size++] = b;
        }

        int size() {
            return size;
        }

        byte[] toArray() {
            int end = size > 0 && data[size - 1] == '\r' ? size - 1 : size;
            return Arrays.copyOf(data, end);
        }
    }

    /** Above this a numeric publication time counts milliseconds rather than seconds since 1970. */
    private static final long EPOCH_MILLIS_FROM = 100_000_000_000L;
    /** The numbers that may be a compact date (yyyyMMdd), from 1800 to 2199. */
    private static final long COMPACT_DATE_FROM = 18_000_101L;
    private static final long COMPACT_DATE_TO = 21_991_231L;

    /**
     * A record's publication date: its text, a compact date written as a number (20190322), or a Unix time in
     * seconds or milliseconds (as many feeds and databases store it) written as an ISO-8601 instant in UTC.
     */
    private static String published(JsonNode record) {
        JsonNode value = record.get("published");
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
            return text(record, "published");
        }
        long time = value.asLong();
        String compact = compactDate(time);
        if (compact != null) return compact;
        try {
            return (time >= EPOCH_MILLIS_FROM ? Instant.ofEpochMilli(time) : Instant.ofEpochSecond(time)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The ISO date a number like 20190322 writes, or null. As Unix seconds such numbers fall in 1970, a time no
     * news corpus is stamped with, so reading them as dates loses nothing.
     */
    private static String compactDate(long number) {
        if (number < COMPACT_DATE_FROM || number > COMPACT_DATE_TO) return null;
        try {
            return LocalDate.of((int) (number / 10_000), (int) (number / 100 % 100), (int) (number % 100)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** All of the stream, or null when it holds more than the limit. */
    private byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1F && second == 0x8B;
    }

    private static boolean isGzip(byte[] bytes, int length) {
        return length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    static boolean looksLikeHtml(String text) {
        if (HTML_START.matcher(text).lookingAt()) return true;
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        var m = HTML_TAGS.matcher(head);
        int tags = 0;
        while (m.find() && tags < 3) tags++;
        return tags >= 3;
    }

    private static Kind kindOf(String lowerName) {
        int dot = lowerName.lastIndexOf('.');
        String extension = dot < 0 ? "" : lowerName.substring(dot + 1);
        return switch (extension) {
            case "txt", "text" -> Kind.TEXT;
            case "html", "htm", "xhtml" -> Kind.HTML;
            case "jsonl", "ndjson" -> Kind.JSONL;
            default -> Kind.SNIFF;
        };
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describeReadError(Exception e) {
        if (e instanceof EOFException) return "truncated gzip data (unexpected end of file)";
        if (e instanceof ZipException) return "corrupt gzip data: " + e.getMessage();
        if (e instanceof UncheckedIOException u) return describeReadError(u.getCause());
        return "cannot read: " + describe(e);
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static ReadResult failure(String source, String message) {
        return new ReadResult.Failure(new DocumentError(source, STAGE, message));
    }
}
