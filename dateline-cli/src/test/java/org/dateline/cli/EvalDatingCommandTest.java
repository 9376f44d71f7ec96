package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval dating} on MEANTIME and on PolNeAR's held-out part (skipped when the shared data is absent), and on a
 * folder without topics.
 */
class EvalDatingCommandTest {

    @TempDir
    Path empty;

    @Test
    void printsCoverageAndCorrectnessOnMeantime() {
        Path shared = Path.of(System.getProperty("dateline.shared",
                System.getenv().getOrDefault("DATELINE_SHARED", "../../shared")));
        Path meantime = shared.resolve("data/meantime");
        assumeThat(Files.isDirectory(meantime)).as("MEANTIME not found under " + shared + "; skipping").isTrue();
        StringWriter out = new StringWriter();

        int code = DatelineCli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "eval", "dating", meantime.toString(), "--errors", "3");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("3 topics").containsPattern("documents\\s+\\d{2,}")
                .containsPattern("holds true day\\s+\\d+\\.\\d%");
    }

    @Test
    void scoresPolnearHeldOutAgainstAllItsArticles() {
        Path shared = Path.of(System.getProperty("dateline.shared",
                System.getenv().getOrDefault("DATELINE_SHARED", "../../shared")));
        Path polnear = shared.resolve("data/quotes-polnear");
        assumeThat(Files.isRegularFile(polnear.resolve("metadata.tsv")))
                .as("PolNeAR not found under " + shared + "; skipping").isTrue();
        StringWriter out = new StringWriter();

        int code = DatelineCli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "eval", "dating", polnear.toString(), "--split", "heldout");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("PolNeAR, split heldout").containsPattern("documents\\s+8\\d\\b")
                .containsPattern("holds true day\\s+\\d+\\.\\d%");
    }

    @Test
    void aFolderWithoutTopicsIsAClearError() {
        StringWriter err = new StringWriter();

        int code = DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "eval", "dating", empty.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no MEANTIME topic folders");
    }
}
