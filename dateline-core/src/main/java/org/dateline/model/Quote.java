package org.dateline.model;

/**
 * A direct quote. {@code text} is the quoted words without the quote marks; start/end cover those words.
 * {@code speaker} is the speaker as named in the article (a pronoun already resolved to its name), null if
 * unknown; {@code speakerCanonical} is the speaker's corpus-wide entity name.
 */
public record Quote(String text, String speaker, String speakerCanonical, int start, int end) {

    public Quote withSpeakerCanonical(String name) {
        return new Quote(text, speaker, name, start, end);
    }
}
