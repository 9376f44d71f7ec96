package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval pubdate} on a four-page folder in htmldate's layout: one date found right (gzipped page), one found
 * wrong, one gold date not found, and one page whose gold has no date (NaN) and gets none.
 */
class EvalPubdateCommandTest {

    @TempDir
    Path empty;

    @Test
    void printsHtmldatesMetricsAsATable() throws URISyntaxException {
        Path folder = Path.of(getClass().getResource("/pubdate-mini/gold.json").toURI()).getParent();
        StringWriter out = new StringWriter();

        int code = DatelineCli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "eval", "pubdate", folder.toString(), "--errors", "5");

        assertThat(code).isZero();
        assertThat(out.toString())
                .containsPattern("pages\\s+4\\b")
                .containsPattern("true positives\\s+1\\b")
                .containsPattern("true negatives\\s+1\\b")
                .containsPattern("false positives\\s+1\\b")
                .containsPattern("false negatives\\s+1\\b")
                .containsPattern("precision\\s+0\\.500")
                .containsPattern("recall\\s+0\\.500")
                .containsPattern("accuracy\\s+0\\.333")
                .containsPattern("F1\\s+0\\.500")
                .contains("errors:", "orchard.html  gold 2021-10-30  found 2021-10-29", "undated.html  gold 2020-01-01  found -")
                .doesNotContain("harbour.html.gz  gold");
    }

    @Test
    void aFolderWithoutGoldIsAClearError() {
        StringWriter err = new StringWriter();

        int code = DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "eval", "pubdate", empty.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("gold.json");
    }
}
