package org.dateline.extract;

import com.fasterxml.jackson.databind.*;
import java.nio.file.*;
import java.util.*;
import org.dateline.model.RawDocument;
import org.dateline.read.*;
import org.junit.jupiter.api.Test;

class ScratchAebTest {
    @Test
    void run() throws Exception {
        Path dir = Path.of("/work/shared/data/extraction-aeb");
        System.out.println(ExtractionEvaluator.evaluate(dir).toTable());
        var truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        var ex = new DefaultExtractor();
        var reader = new FileSystemReader();
        List<String> rows = new ArrayList<>();
        for (var it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            var r = reader.read(List.of(dir.resolve("html/" + e.getKey() + ".html.gz"))).findFirst().get();
            var d = ((ReadResult.Document) r).document();
            var a = ex.extract(new RawDocument(d.id(), d.source(), d.format(), d.content(), e.getValue().path("url").asText(), null, null));
            double[] s = ExtractionEvaluator.shingleMatch(ExtractionEvaluator.tokens(e.getValue().path("articleBody").asText()), ExtractionEvaluator.tokens(a.text()));
            double p = s[0] + s[1] == 0 ? 0 : s[0] / (s[0] + s[1]);
            double rc = s[0] + s[2] == 0 ? 0 : s[0] / (s[0] + s[2]);
            rows.add(String.format("%.2f %.2f %s %s | %s", p, rc, e.getKey(), e.getValue().path("url").asText(), a.title()));
        }
        Collections.sort(rows);
        rows.forEach(System.out::println);
    }
}
