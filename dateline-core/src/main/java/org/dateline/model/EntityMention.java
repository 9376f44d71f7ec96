package org.dateline.model;

/**
 * A named entity mention. {@code canonical} is the one name used for this entity across the corpus
 * (null until the corpus-level merge has run).
 */
public record EntityMention(String text, EntityType type, String canonical, int start, int end) {

    public EntityMention withCanonical(String name) {
        return new EntityMention(text, type, name, start, end);
    }
}
