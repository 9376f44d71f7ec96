package org.dateline.extract;

/** One candidate paragraph of a page, with what kind of text it was marked up as. */
record Block(String text, Kind kind) {

    enum Kind {
        /** Running text: may be a paragraph the scraper broke in two. */
        TEXT,
        /** A heading: content structure, never joined to its neighbours. */
        HEADING,
        /** A list item or block quote: kept as its own paragraph. */
        ITEM
    }

    static Block text(String text) {
        return new Block(text, Kind.TEXT);
    }
}
