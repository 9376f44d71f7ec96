package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalEventsCommandTest {

    @Test
    void scoresEventDatesAgainstTheTimelineGoldAndThePublicationDate() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("/timeline-mini").toURI());
        StringWriter out = new StringWriter();
        int code = DatelineCli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "eval", "events", dir.toString(), "--errors", "5");
        assertThat(code).isZero();
        // "unveiled ... on Sunday" and its headline are the Sunday before the article; deliveries are in May 2008;
        // the undated "factory" is not scored.
        assertThat(out.toString())
                .contains("split all, 1 articles, 4 gold mentions")
                .containsPattern("dateline\\s+3\\s+3\\s+1\\.000\\s+2/2\\s+1/1\\s+-")
                .containsPattern("publication date\\s+3\\s+3\\s+0\\.000\\s+0/2\\s+0/1\\s+-");
    }

    @Test
    void aFolderWithoutTimelinesIsAnError() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("/clusters-mini").toURI());
        StringWriter err = new StringWriter();
        int code = DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "eval", "events", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no TimeLine articles or gold timelines");
    }
}
