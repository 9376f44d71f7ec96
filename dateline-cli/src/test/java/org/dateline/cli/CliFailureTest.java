package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs are reported by name and skipped; the run goes on and keeps the good ones. */
class CliFailureTest {

    @TempDir
    Path dir;

    @Test
    void badFilesAreNamedAndTheRunGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Leaders meet in Hanoi\n\n"
                + "The two leaders met in Hanoi on Wednesday, officials said. \"We had a very good meeting,\" "
                + "Donald Trump told reporters after the talks ended without an agreement.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 0, 0});
        Files.writeString(in.resolve("broken.jsonl"), "{\"id\":\"j1\",\"text\":\"A record.\"\n");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DatelineCli.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "run", in.toString(), "--out", dir.resolve("out").toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("empty.txt").contains("binary.html").contains("broken.jsonl");
        assertThat(Files.readString(dir.resolve("out/articles.jsonl"))).contains("\"id\":\"good\"");
    }

    @Test
    void searchWithoutAnIndexSaysWhatToDo() {
        StringWriter err = new StringWriter();
        int code = DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "search", "anything", "--out", dir.resolve("nothing").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no index").contains("dateline run");
    }

    @Test
    void aMissingInputIsAClearErrorNotACrash() {
        StringWriter err = new StringWriter();
        int code = DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "run", dir.resolve("does-not-exist").toString(), "--out", dir.resolve("out").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("does-not-exist");
    }
}
