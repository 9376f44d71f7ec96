package org.dateline.group;

import java.util.List;
import java.util.Map;
import org.dateline.model.Article;

/** Finds syndicated copies and near-duplicates. */
public interface NearDuplicateDetector {

    /**
     * @return for each article that copies another, its id mapped to the id of the original it copies
     *         (the earliest-dated member of its duplicate group, ties broken by id); originals are absent
     */
    Map<String, String> duplicates(List<Article> articles);
}
