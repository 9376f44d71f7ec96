package org.dateline.model;

import java.util.Objects;

/**
 * One input document as read, before extraction.
 *
 * @param id        stable id: the file name without extension, or the JSONL record's own id
 * @param source    where it came from (a path, or path#line for JSONL records)
 * @param format    whether {@code content} is HTML or plain text
 * @param content   the decoded document
 * @param url       the page's URL when the input states it, else null
 * @param title     a title given by the input record (JSONL), else null
 * @param published a publication date given by the input record (JSONL), ISO-8601, else null
 */
public record RawDocument(String id, String source, Format format, String content,
                          String url, String title, String published) {

    public enum Format { HTML, TEXT }

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }

    public static RawDocument text(String id, String content) {
        return new RawDocument(id, id, Format.TEXT, content, null, null, null);
    }

    public static RawDocument html(String id, String content) {
        return new RawDocument(id, id, Format.HTML, content, null, null, null);
    }
}
