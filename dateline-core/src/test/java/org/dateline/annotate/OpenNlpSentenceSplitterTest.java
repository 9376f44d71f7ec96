package org.dateline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class OpenNlpSentenceSplitterTest {

    private static final OpenNlpSentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();

    @Test
    void splitsSentencesAndNeverAcrossParagraphs() {
        String text = "U.S. President Donald Trump received a letter. The White House is looking at it\n\nA new paragraph.";
        List<String> sentences = SPLITTER.split(text).stream().map(s -> s.of(text)).toList();
        assertThat(sentences).containsExactly("U.S. President Donald Trump received a letter.",
                "The White House is looking at it", "A new paragraph.");
    }

    @Property
    void sentencesAreOrderedTrimmedAndInsideTheText(@ForAll String text) {
        int previousEnd = 0;
        for (Span s : SPLITTER.split(text)) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.of(text)).isEqualTo(s.of(text).strip());
            assertThat(s.of(text)).doesNotContain("\n\n");
            previousEnd = s.end();
        }
    }
}
