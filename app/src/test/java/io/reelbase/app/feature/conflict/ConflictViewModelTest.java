package io.reelbase.app.feature.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.ui.ManualTasks;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.merge.AssetMerge;
import io.reelbase.core.merge.ClashAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conflict screen's model without a database or toolkit: rows, the preview, bad typing, skipping through several. */
class ConflictViewModelTest {
    private final ManualTasks tasks = new ManualTasks();
    private final List<EditOutcome.Conflict> skipped = new ArrayList<>();
    private final ConflictViewModel model = new ConflictViewModel(null, tasks, "ann", a -> { }, skipped::add);

    private static EditOutcome.Conflict conflict(String title) {
        AssetSnapshot base = new AssetSnapshot(title, null, AssetStatus.PROCESSED, ReviewStatus.DRAFT, Map.of(), Map.of(), List.of("sea"));
        AssetSnapshot mine = new AssetSnapshot(title + ", mine", null, AssetStatus.PROCESSED, ReviewStatus.DRAFT, Map.of(), Map.of(),
                List.of("sea", "gulls"));
        Asset theirs = io.reelbase.app.feature.library.TestAssets.asset(UUID.randomUUID(), title + ", theirs", 3, List.of("Gulls"));
        return new EditOutcome.Conflict(theirs, 2, base, mine, AssetMerge.merge(base, mine, AssetSnapshot.of(theirs)), "bob");
    }

    @Test
    void theRowsAndThePreviewFollowTheAnswers() {
        model.open(List.of(conflict("Harbour")));
        assertThat(model.rows()).extracting(ClashRow::label).containsExactly("Title", "Tag \u201cgulls\u201d");
        assertThat(model.rows()).extracting(ClashRow::theirs).containsExactly("Harbour, theirs", "Gulls");
        assertThat(model.heading()).contains("changed by bob (version 3) while you edited version 2");
        assertThat(model.previewProperty().get()).contains("Title: Harbour, mine").contains("Tags: gulls");
        model.rows().get(1).choiceProperty().set(ClashAnswer.Choice.THEIRS);
        model.rows().get(0).typedProperty().set("Harbour, ours");
        model.rows().get(0).choiceProperty().set(ClashAnswer.Choice.TYPED);
        assertThat(model.previewProperty().get()).contains("Title: Harbour, ours").contains("Tags: Gulls");
    }

    @Test
    void typingATitleThatCannotBeSavedSaysWhyAndSavesNothing() {
        model.open(List.of(conflict("Harbour")));
        model.rows().get(0).typedProperty().set("   ");
        model.rows().get(0).choiceProperty().set(ClashAnswer.Choice.TYPED);
        assertThat(model.previewProperty().get()).isEqualTo("Cannot save yet: A title is required.");
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("A title is required.");
        assertThat(tasks.pending()).as("nothing sent to the database").isEmpty();
    }

    @Test
    void severalConflictsComeOneAfterAnotherAndSkippingKeepsThemUnsaved() {
        model.open(List.of(conflict("Harbour"), conflict("Pier")));
        assertThat(model.currentProperty().get().asset().title()).isEqualTo("Harbour, theirs");
        assertThat(model.remainingProperty().get()).isEqualTo(1);
        model.skip();
        assertThat(model.currentProperty().get().asset().title()).isEqualTo("Pier, theirs");
        assertThat(model.remainingProperty().get()).isZero();
        model.closeAll();
        assertThat(model.currentProperty().get()).isNull();
        assertThat(skipped).hasSize(2);
    }

    @Test
    void whileSavingNothingElseCanBeDone() {
        model.open(List.of(conflict("Harbour")));
        model.save();
        assertThat(model.busyProperty().get()).isTrue();
        model.skip();
        assertThat(skipped).isEmpty();
        assertThat(tasks.pending()).hasSize(1);
    }
}
