package io.reelbase.app.feature.conflict;

import io.reelbase.core.merge.Clash;
import io.reelbase.core.merge.ClashAnswer;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One clashing field on the conflict screen: what it was (base), what the person made of it (mine), what the
 * other side saved (theirs), and the person's answer: mine, theirs, or a value they type (which starts as mine).
 */
public final class ClashRow {
    private final Clash clash;
    private final ObjectProperty<ClashAnswer.Choice> choice = new SimpleObjectProperty<>(ClashAnswer.Choice.MINE);
    private final StringProperty typed = new SimpleStringProperty("");

    ClashRow(Clash clash) {
        this.clash = clash;
        typed.set(clash.mine() == null ? "" : String.valueOf(clash.mine()));
    }

    public Clash clash() {
        return clash;
    }

    /** "Title", "Tag “sea”", "Custom field “rights”". */
    public String label() {
        String d = clash.describe();
        return d.substring(0, 1).toUpperCase(Locale.ROOT) + d.substring(1);
    }

    public String base() {
        return shown(clash.base());
    }

    public String mine() {
        return shown(clash.mine());
    }

    public String theirs() {
        return shown(clash.theirs());
    }

    /** Tags and keys are there or not on each side; a scalar field always has a value. */
    private String shown(Object v) {
        if (v == null) {
            return switch (clash.field()) {
                case TAG -> "(no such tag)";
                case CUSTOM_FIELD, OPERATIONAL_TAG -> "(not set)";
                case DESCRIPTION -> "(no description)";
                default -> "";
            };
        }
        return String.valueOf(v);
    }

    public ObjectProperty<ClashAnswer.Choice> choiceProperty() {
        return choice;
    }

    /** The typed value; typing chooses it. */
    public StringProperty typedProperty() {
        return typed;
    }

    ClashAnswer answer() {
        return switch (choice.get()) {
            case MINE -> ClashAnswer.mine(clash);
            case THEIRS -> ClashAnswer.theirs(clash);
            case TYPED -> ClashAnswer.typed(clash, typed.get());
        };
    }
}
