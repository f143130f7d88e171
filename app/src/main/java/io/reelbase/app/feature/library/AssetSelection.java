package io.reelbase.app.feature.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which rows of the list are selected and which one has the focus, chosen as in a file browser: click,
 * Ctrl-click, Shift-click, arrows (Shift extends), select all. Plain state over the list's rows: no
 * database, no background work. Tells its listener after every change whether the focus moved.
 */
public final class AssetSelection {
    /** Told after each change; {@code focusMoved} when another asset (or none) has the focus, or it was clicked again. */
    interface Listener {
        void changed(boolean focusMoved);
    }

    private final ObservableList<AssetRow> rows;
    private final ObservableList<AssetRow> items = FXCollections.observableArrayList();
    private final ObservableList<AssetRow> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<AssetRow> focus = new ReadOnlyObjectWrapper<>();
    private final Runnable nearEnd;
    private Listener listener = moved -> { };
    /** Where a Shift-click or Shift-arrow extends the selection from. */
    private int anchor = -1;

    AssetSelection(ObservableList<AssetRow> rows, Runnable nearEnd) {
        this.rows = rows;
        this.nearEnd = nearEnd;
    }

    void setListener(Listener listener) {
        this.listener = listener;
    }

    /**
     * A click on a row or tile: alone it selects just that one; with {@code toggle} (Ctrl/Cmd) it is added
     * or taken out; with {@code range} (Shift) everything from the anchor to it is selected.
     */
    public void click(AssetRow row, boolean toggle, boolean range) {
        int index = rows.indexOf(row);
        if (index < 0) {
            return;
        }
        boolean plain = false;
        if (range && anchor >= 0 && anchor < rows.size()) {
            List<AssetRow> span = new ArrayList<>(rows.subList(Math.min(anchor, index), Math.max(anchor, index) + 1));
            if (toggle) {
                span.stream().filter(r -> !items.contains(r)).forEach(items::add);
            } else {
                items.setAll(span);
            }
        } else if (toggle) {
            if (!items.remove(row)) {
                items.add(row);
            }
            anchor = index;
        } else {
            items.setAll(List.of(row));
            anchor = index;
            plain = true;
        }
        // A plain click on the asset already shown counts as a move: its picture is read again (processing may have made one).
        focusOn(items.contains(row) ? row : last(), plain);
    }

    /** Moves the focus by {@code delta} rows (arrows: 1 or the grid's columns), extending with Shift. */
    public void move(int delta, boolean extend) {
        if (rows.isEmpty()) {
            return;
        }
        int from = focus.get() == null ? -1 : rows.indexOf(focus.get());
        int to = Math.max(0, Math.min(rows.size() - 1, from < 0 ? 0 : from + delta));
        if (to >= rows.size() - 1) {
            nearEnd.run();
        }
        AssetRow target = rows.get(to);
        if (extend && anchor >= 0) {
            items.setAll(new ArrayList<>(rows.subList(Math.min(anchor, to), Math.max(anchor, to) + 1)));
            focusOn(target, false);
        } else {
            click(target, false, false);
        }
    }

    /** Every loaded asset. */
    public void selectAll() {
        items.setAll(rows);
        focusOn(focus.get() != null && items.contains(focus.get()) ? focus.get() : rows.isEmpty() ? null : rows.get(0), false);
    }

    /** Replaces the selection (the table's own selection model calls this). */
    public void selectOnly(List<AssetRow> chosen, AssetRow focused) {
        items.setAll(chosen);
        if (focused != null) {
            anchor = rows.indexOf(focused);
        }
        focusOn(focused != null && chosen.contains(focused) ? focused : last(), false);
    }

    /** Selects one row (null: none). */
    public void select(AssetRow row) {
        if (row == null) {
            clear();
        } else {
            click(row, false, false);
        }
    }

    void clear() {
        items.clear();
        anchor = -1;
        focusOn(null, false);
    }

    /** After the list was loaded again: the rows that were selected are selected again (their fresh copies). */
    void reselect(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<AssetRow> again = rows.stream().filter(r -> ids.contains(r.id())).toList();
        AssetRow single = focus.get();
        boolean changed = again.size() != items.size() || again.stream().anyMatch(r -> !items.contains(r));
        items.setAll(again);
        if (single != null) {
            focus.set(rows.stream().filter(r -> r.id().equals(single.id())).findFirst().orElse(again.isEmpty() ? null : again.get(0)));
        }
        if (changed) {
            listener.changed(false);
        }
    }

    /** A saved asset's row replaced {@code old} in the list: it stays selected (and focused) as {@code now}. */
    void replaced(AssetRow old, AssetRow now) {
        int s = items.indexOf(old);
        if (s >= 0) {
            items.set(s, now);
        }
        if (old.equals(focus.get())) {
            focus.set(now);
        }
    }

    private AssetRow last() {
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    private void focusOn(AssetRow row, boolean always) {
        AssetRow before = focus.get();
        focus.set(row);
        listener.changed(always || row == null || before == null || !row.id().equals(before.id()));
    }

    /** The selected rows, in the order they were selected. */
    public ObservableList<AssetRow> items() {
        return readOnlyItems;
    }

    public List<UUID> ids() {
        return items.stream().map(AssetRow::id).toList();
    }

    public int size() {
        return items.size();
    }

    public boolean contains(AssetRow row) {
        return items.contains(row);
    }

    /** The focused asset: the one the inspector shows in full. */
    public ReadOnlyObjectProperty<AssetRow> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public AssetRow focused() {
        return focus.get();
    }
}
