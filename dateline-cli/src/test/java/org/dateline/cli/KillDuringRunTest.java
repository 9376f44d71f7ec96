package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.write.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL leaves no half-written file and no broken index; the next run completes. */
class KillDuringRunTest {

    private static final int ARTICLES = 120;

    @TempDir
    Path dir;

    @Test
    void aKilledRunLeavesWholeFilesAndTheNextRunCompletes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Council meets on budget " + i + "\n\n"
                    + "The city council of Riverton met on Monday to debate budget item " + i + ", officials said. "
                    + "\"We will decide next week,\" Mayor Ann Lee told reporters after the meeting.\n");
        }
        Path out = dir.resolve("out");

        // First a complete run, so that the kill below interrupts a rerun over existing results.
        assertThat(run(in, out)).isZero();
        Process victim = startRun(in, out);
        Thread.sleep(4_000);
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertWholeArticles(out.resolve("articles.jsonl"));
        assertThat(run(in, out)).isZero();
        assertWholeArticles(out.resolve("articles.jsonl"));
        StringWriter found = new StringWriter();
        DatelineCli.execute(new PrintWriter(found, true), new PrintWriter(new StringWriter(), true),
                "search", "Riverton", "--out", out.toString(), "--limit", "500");
        assertThat(found.toString().lines().filter(l -> l.contains("Council meets")).count()).isEqualTo(ARTICLES);
    }

    private static int run(Path in, Path out) {
        return DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                "run", in.toString(), "--out", out.toString());
    }

    private static Process startRun(Path in, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                DatelineCli.class.getName(), "run", in.toString(), "--out", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void assertWholeArticles(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(ARTICLES);
        for (String line : lines) {
            assertThat(Json.mapper().readTree(line).get("id").asText()).startsWith("a");
        }
    }
}
