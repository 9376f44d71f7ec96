package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalClustersCommandTest {

    @Test
    void scoresStoriesAndStorylinesOnAnEcbPlusStyleFolder() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("/clusters-mini").toURI());
        StringWriter out = new StringWriter();
        int code = DatelineCli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "eval", "clusters", dir.toString());
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("| stories (storylines, then stories) vs event gold | 4 | 2 | 2 | 1.000 | 1.000 | 1.000 |")
                .contains("| storylines vs topic gold | 4 | 2 | 2 | 1.000 | 1.000 | 1.000 |");
    }
}
