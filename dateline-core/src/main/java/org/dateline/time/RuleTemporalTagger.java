package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Timex;

// PLACEHOLDER: replaced by the real implementation before commit.
public final class RuleTemporalTagger implements TemporalTagger {
    @Override
    public List<Timex> tag(String text, LocalDate anchor) {
        return List.of();
    }
}
