package io.reelbase.app.feature.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** Selecting like a file browser, over plain rows: no database, no background work. */
class AssetSelectionTest {
    private final ObservableList<AssetRow> rows = FXCollections.observableArrayList(
            List.of("A", "B", "C", "D", "E").stream().map(t -> AssetRow.of(TestAssets.asset(t, 1))).toList());
    private int nearEnd;
    private final AssetSelection selection = new AssetSelection(rows, () -> nearEnd++);
    private final List<Boolean> moves = new ArrayList<>();

    {
        selection.setListener(moves::add);
    }

    private List<String> selected() {
        return selection.items().stream().map(AssetRow::title).toList();
    }

    @Test
    void clickCtrlClickShiftClickAndArrows() {
        selection.click(rows.get(1), false, false);
        selection.click(rows.get(3), false, true);
        assertThat(selected()).containsExactly("B", "C", "D");
        selection.click(rows.get(2), true, false);
        assertThat(selected()).containsExactly("B", "D");
        assertThat(selection.focused().title()).as("the focus is the last selected").isEqualTo("D");
        selection.move(-1, false);
        assertThat(selected()).containsExactly("C");
        selection.move(2, true);
        assertThat(selected()).containsExactly("C", "D", "E");
        assertThat(nearEnd).as("the last row asks for the next page").isEqualTo(1);
        selection.selectAll();
        assertThat(selected()).hasSize(5);
        assertThat(selection.focused().title()).isEqualTo("E");
    }

    @Test
    void aReloadKeepsTheSelectionOnTheFreshRowsAndSaysSoOnlyWhenTheyChanged() {
        selection.click(rows.get(0), false, false);
        selection.click(rows.get(2), true, false);
        moves.clear();
        selection.reselect(Set.of(rows.get(0).id(), rows.get(2).id()));
        assertThat(moves).as("the same rows: nothing to read again").isEmpty();
        AssetRow newer = AssetRow.of(TestAssets.asset(rows.get(2).id(), "C", 2, List.of("sea")));
        rows.set(2, newer);
        selection.reselect(Set.of(rows.get(0).id(), rows.get(2).id()));
        assertThat(moves).containsExactly(false);
        assertThat(selection.items()).contains(newer);
        assertThat(selection.focused()).isEqualTo(newer);
    }
}
