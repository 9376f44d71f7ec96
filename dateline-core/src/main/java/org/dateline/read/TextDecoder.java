package org.dateline.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: strict UTF-8 first (BOM stripped); if that fails, the charset the page declares,
 * else windows-1252, which maps every byte and so keeps the data. Rejects binary content. Pure and
 * thread-safe.
 */
final class TextDecoder {

    /** How many leading bytes are inspected for binary content and a declared charset. */
    private static final int SNIFF_BYTES = 8192;
    /** Above this share of control characters in the sniffed prefix, the bytes are not text. */
    private static final double MAX_CONTROL_SHARE = 0.10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"'])([\\w.:-]{2,40})");

    /** The decoded text and the best-effort choices made on the way (empty when the bytes were clean UTF-8). */
    record Decoded(String text, List<String> warnings) {
    }

    private TextDecoder() {
    }

    /** Why these bytes are not text, or empty when they look like text. */
    static Optional<String> binaryReason(byte[] bytes, int length) {
        int sniffed = Math.min(length, SNIFF_BYTES);
        if (hasUtf16Bom(bytes, length)) return Optional.empty();
        int control = 0;
        for (int i = 0; i < sniffed; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return Optional.of("binary content (NUL bytes), not a text or HTML document");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
        }
        if (sniffed > 0 && control > sniffed * MAX_CONTROL_SHARE) {
            return Optional.of("binary content (mostly control characters), not a text or HTML document");
        }
        return Optional.empty();
    }

    static Decoded decode(byte[] bytes, int length) {
        if (hasUtf16Bom(bytes, length)) {
            Charset utf16 = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decoded(new String(bytes, 2, length - 2, utf16), List.of());
        }
        int offset = hasUtf8Bom(bytes, length) ? 3 : 0;
        try {
            return new Decoded(strictUtf8(bytes, offset, length - offset), List.of());
        } catch (CharacterCodingException e) {
            return decodeInvalidUtf8(bytes, offset, length - offset);
        }
    }

    private static Decoded decodeInvalidUtf8(byte[] bytes, int offset, int length) {
        Optional<Charset> declared = declaredCharset(bytes, offset, length);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, offset, length, declared.get()),
                    List.of("not valid UTF-8; decoded with the declared charset " + declared.get().name()));
        }
        return new Decoded(new String(bytes, offset, length, WINDOWS_1252),
                List.of("not valid UTF-8" + (declared.isPresent() ? " although declared so" : "")
                        + "; decoded as windows-1252 (best effort, some characters may be wrong)"));
    }

    private static String strictUtf8(byte[] bytes, int offset, int length) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length));
        return chars.toString();
    }

    private static Optional<Charset> declaredCharset(byte[] bytes, int offset, int length) {
        String head = new String(bytes, offset, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers read latin-1 declarations as windows-1252; so do we.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) name = "windows-1252";
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean hasUtf8Bom(byte[] b, int length) {
        return length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean hasUtf16Bom(byte[] b, int length) {
        return length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }
}
