package org.dateline.annotate;

import java.util.List;
import org.dateline.model.Article;

// PLACEHOLDER: replaced by the real implementation before commit.
public class EntityLinker {
    public List<Article> link(List<Article> articles) {
        return articles;
    }
}
