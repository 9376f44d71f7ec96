package org.dateline.time;

import java.util.List;
import java.util.ServiceLoader;

/** Temporal taggers by name: "dateline" (ours, always there) or any engine a provider offers. */
public final class TemporalTaggers {

    public static final String DEFAULT = "dateline";

    private TemporalTaggers() {
    }

    public static TemporalTagger byName(String name) {
        if (DEFAULT.equals(name)) return new RuleTemporalTagger();
        return ServiceLoader.load(TemporalTaggerProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name))
                .findFirst()
                .map(TemporalTaggerProvider::create)
                .orElseThrow(() -> new IllegalArgumentException("no temporal tagger named '" + name
                        + "'; available: " + String.join(", ", names())));
    }

    public static List<String> names() {
        var names = new java.util.ArrayList<>(List.of(DEFAULT));
        ServiceLoader.load(TemporalTaggerProvider.class).stream().map(p -> p.get().name()).forEach(names::add);
        return names;
    }
}
