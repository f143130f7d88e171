package io.reelbase.core.merge;

import java.util.Objects;

/** The rule for one value changed on two sides since a base: one side's change wins, equal changes agree. */
final class ThreeWay {
    private ThreeWay() {
    }

    /** The merged value; on a clash (both sides changed it differently) the base value, marked. */
    record Outcome<T>(T value, boolean clash) {
    }

    static <T> Outcome<T> merge(T base, T mine, T theirs) {
        if (Objects.equals(mine, theirs) || Objects.equals(theirs, base)) {
            return new Outcome<>(mine, false);
        }
        if (Objects.equals(mine, base)) {
            return new Outcome<>(theirs, false);
        }
        return new Outcome<>(base, true);
    }
}
