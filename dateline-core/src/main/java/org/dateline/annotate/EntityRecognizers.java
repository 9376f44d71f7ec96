package org.dateline.annotate;

import java.util.List;

// PLACEHOLDER: replaced by the real implementation before commit.
public final class EntityRecognizers {
    private EntityRecognizers() {
    }

    public static EntityRecognizer best() {
        return new EntityRecognizer() {
            @Override
            public List<org.dateline.model.EntityMention> recognize(String text, List<org.dateline.model.Span> sentences) {
                return List.of();
            }

            @Override
            public String name() {
                return "none";
            }
        };
    }
}
