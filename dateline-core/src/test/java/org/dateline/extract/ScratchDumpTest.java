package org.dateline.extract;

import java.nio.file.*;
import java.util.*;
import org.dateline.model.*;
import org.dateline.read.*;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        var reader = new FileSystemReader();
        Extractor ex = Boolean.getBoolean("dump.html") ? new HtmlExtractor() : new PlainTextExtractor();
        String dirs = System.getProperty("dump.dirs", "../examples/summits");
        List<Path> inputs = new ArrayList<>();
        for (String d : dirs.split(",")) inputs.add(Path.of(d));
        try (var s = reader.read(inputs)) {
            s.forEach(r -> {
                if (r instanceof ReadResult.Document d) {
                    var a = ex.extract(d.document());
                    System.out.println("=== " + a.id() + " title=" + a.title() + " | pub=" + a.published() + " | outlet=" + a.outlet()
                            + " | dateline=" + a.dateline() + " | authors=" + a.authors() + " | lang=" + a.language() + " | url=" + a.url());
                    a.paragraphs().forEach(p -> System.out.println("  > " + p));
                } else System.out.println("FAIL " + r);
            });
        }
    }
}
