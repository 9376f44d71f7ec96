package org.dateline.annotate;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.dateline.model.EntityMention;
import org.dateline.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the entity engine on the class path (dateline-corenlp, when present) through ServiceLoader. */
public final class EntityRecognizers {

    private static final Logger LOG = LoggerFactory.getLogger(EntityRecognizers.class);

    private EntityRecognizers() {
    }

    /** The highest-priority engine available, or {@link #none()} with a warning when there is none. */
    public static EntityRecognizer best() {
        return ServiceLoader.load(EntityRecognizerProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(EntityRecognizerProvider::priority))
                .map(EntityRecognizerProvider::create)
                .orElseGet(() -> {
                    LOG.warn("No entity recognizer on the class path (add dateline-corenlp): articles get no entities");
                    return none();
                });
    }

    /** Finds nothing: for runs that want no entities, and the fallback when no engine is installed. */
    public static EntityRecognizer none() {
        return new EntityRecognizer() {
            @Override
            public List<EntityMention> recognize(String text, List<Span> sentences) {
                return List.of();
            }

            @Override
            public String name() {
                return "none";
            }
        };
    }
}
