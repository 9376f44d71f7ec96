package org.dateline.extract;

import java.nio.file.Path;

/** Where the shared benchmark data is: system property dateline.shared, else env DATELINE_SHARED, else ../../shared. */
public final class SharedData {
    private SharedData() {
    }

    /** A path under the shared folder, e.g. "data/extraction-aeb". */
    public static Path path(String relative) {
        String root = System.getProperty("dateline.shared");
        if (root == null || root.isBlank()) root = System.getenv("DATELINE_SHARED");
        if (root == null || root.isBlank()) root = "../../shared";
        return Path.of(root).resolve(relative);
    }
}
