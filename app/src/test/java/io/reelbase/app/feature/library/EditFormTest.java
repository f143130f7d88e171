package io.reelbase.app.feature.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.ui.ManualTasks;
import io.reelbase.core.asset.Asset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The edit form keeps a person's typing whatever arrives meanwhile; no database, no toolkit. */
class EditFormTest {
    private final EditForm form = new EditForm(null, TestAssets.search(List.of()), new ManualTasks(), "ann", saved -> { }, conflicts -> { });
    private final UUID pierId = UUID.randomUUID();
    private final Asset pier1 = TestAssets.asset(pierId, "Pier", 1, List.of("sea"));
    private final Asset pier2 = TestAssets.asset(pierId, "Pier (renamed by Bob)", 2, List.of("sea"));
    private final Asset dunes = TestAssets.asset("Dunes", 4);

    private void show(Asset... assets) {
        List<Asset> list = List.of(assets);
        form.loading(list.stream().map(Asset::id).toList());
        form.load(list);
    }

    @Test
    void aNewerVersionArrivingWhileTheFormIsCleanIsShown() {
        show(pier1);
        assertThat(form.dirtyProperty().get()).isFalse();
        show(pier2);
        assertThat(form.titleProperty().get()).isEqualTo("Pier (renamed by Bob)");
        assertThat(form.theirs()).isEmpty();
    }

    @Test
    void aNewerVersionArrivingWhileThePersonTypesIsHeldAsTheirsAndTheTypingStays() {
        show(pier1);
        form.titleProperty().set("Pier at night");
        form.addTag("night");
        assertThat(form.dirtyProperty().get()).isTrue();
        show(pier2);
        assertThat(form.titleProperty().get()).isEqualTo("Pier at night");
        assertThat(form.tags()).containsExactly("sea", "night");
        assertThat(form.theirs()).containsExactly(pier2);
        assertThat(form.messageProperty().get()).contains("\u201cPier\u201d was changed by someone else while you were editing")
                .contains("Your changes are kept");
        form.discard();
        assertThat(form.titleProperty().get()).as("discarding shows their version").isEqualTo("Pier (renamed by Bob)");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.theirs()).isEmpty();
    }

    @Test
    void typingIsKeptWhenThePersonLooksAtAnotherAssetAndComesBack() {
        show(pier1);
        form.descriptionProperty().set("Long exposure, tripod");
        show(dunes);
        assertThat(form.titleProperty().get()).isEqualTo("Dunes");
        assertThat(form.descriptionProperty().get()).isEmpty();
        assertThat(form.messageProperty().get()).contains("unsaved changes to \u201cPier\u201d are kept");
        show(pier2);
        assertThat(form.descriptionProperty().get()).isEqualTo("Long exposure, tripod");
        assertThat(form.titleProperty().get()).as("the draft is based on version 1").isEqualTo("Pier");
        assertThat(form.theirs()).as("and version 2 arrived meanwhile").containsExactly(pier2);
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void typingTheRulesRefuseIsUnsavedTypingToo() {
        show(pier1);
        form.customFieldsProperty().set("photographer Ann");
        assertThat(form.dirtyProperty().get()).isTrue();
        show(pier2);
        assertThat(form.customFieldsProperty().get()).isEqualTo("photographer Ann");
    }

    @Test
    void undoingWithUnsavedChangesIsRefusedSoNothingIsLost() {
        show(pier1);
        form.titleProperty().set("Pier at night");
        form.undo();
        assertThat(form.messageProperty().get()).contains("unsaved changes");
        assertThat(form.titleProperty().get()).isEqualTo("Pier at night");
    }

    @Test
    void severalAssetsShareWhatTheyHaveInCommon() {
        Asset a = TestAssets.asset(UUID.randomUUID(), "Harbour", 1, List.of("sea", "Boats"));
        Asset b = TestAssets.asset(UUID.randomUUID(), "Pier", 3, List.of("boats"));
        show(a, b);
        assertThat(form.countProperty().get()).isEqualTo(2);
        assertThat(form.titleProperty().get()).isEmpty();
        assertThat(form.titleHintProperty().get()).contains("Different titles");
        assertThat(form.tags()).containsExactly("Boats");
        assertThat(form.tagsInSelection()).containsExactly("Boats", "sea");
        assertThat(form.dirtyProperty().get()).isFalse();
        form.removeTag("sea");
        assertThat(form.removeTags()).containsExactly("sea");
        assertThat(form.dirtyProperty().get()).isTrue();
    }
}
