package org.dateline.model;

import java.util.List;

/** The pipeline's result: every article, the storylines over them, and what could not be processed. */
public record Corpus(List<Article> articles, List<Storyline> storylines, List<DocumentError> errors) {
    public Corpus {
        articles = List.copyOf(articles);
        storylines = List.copyOf(storylines);
        errors = List.copyOf(errors);
    }
}
