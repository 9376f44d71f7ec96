package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval extraction} on a two-page folder in the benchmark's layout (one page plain, one gzipped). */
class EvalExtractionCommandTest {

    @TempDir
    Path empty;

    @Test
    void printsTheBenchmarkMetricsAsATable() throws URISyntaxException {
        Path folder = Path.of(getClass().getResource("/extraction-mini/ground-truth.json").toURI()).getParent();
        StringWriter out = new StringWriter();

        int code = DatelineCli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "eval", "extraction", folder.toString(), "--errors", "2");

        assertThat(code).isZero();
        assertThat(out.toString())
                .containsPattern("pages\\s+2\\b")
                .containsPattern("unreadable pages\\s+0\\b")
                .containsPattern("F1\\s+1\\.000")
                .containsPattern("accuracy\\s+1\\.000")
                .contains("worst pages:", "harbour", "orchard");
    }

    @Test
    void aFolderWithoutGroundTruthIsAClearError() {
        StringWriter err = new StringWriter();

        int code = DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "eval", "extraction", empty.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("ground-truth.json");
    }
}
