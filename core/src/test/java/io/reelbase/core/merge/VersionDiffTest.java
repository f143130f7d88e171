package io.reelbase.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.ReviewStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionDiffTest {
    @Test
    void saysWhatChangedFieldByFieldWithTagsAsSetDifferences() {
        AssetSnapshot v1 = new AssetSnapshot("Pier", null, AssetStatus.STAGED, ReviewStatus.DRAFT,
                Map.of("rights", "editorial", "take", 2), Map.of(), List.of("sea", "boats"));
        AssetSnapshot v2 = new AssetSnapshot("Pier at night", "Long exposure", AssetStatus.PROCESSED, ReviewStatus.DRAFT,
                Map.of("take", 3), Map.of(), List.of("Sea", "night"));
        assertThat(VersionDiff.between(v1, v2)).containsExactly(
                new FieldChange(Clash.Field.TITLE, "", "Pier", "Pier at night"),
                new FieldChange(Clash.Field.DESCRIPTION, "", null, "Long exposure"),
                new FieldChange(Clash.Field.TAG, "boats", "boats", null),
                new FieldChange(Clash.Field.TAG, "night", null, "night"),
                new FieldChange(Clash.Field.TAG, "sea", "sea", "Sea"),
                new FieldChange(Clash.Field.CUSTOM_FIELD, "rights", "editorial", null),
                new FieldChange(Clash.Field.CUSTOM_FIELD, "take", "2", "3"));
        assertThat(VersionDiff.between(v1, v2).get(2).kind()).isEqualTo(FieldChange.Kind.REMOVED);
        assertThat(VersionDiff.between(v1, v1)).as("processing status is not a person's field").isEmpty();
    }
}
