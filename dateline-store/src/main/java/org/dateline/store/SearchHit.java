package org.dateline.store;

/** One article matching a search, with the passage that matched. */
public record SearchHit(String id, String title, String published, String outlet, String storylineId,
                        float score, String snippet) {
}
