package io.reelbase.app.feature.library;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * Tags as removable chips with a field underneath that suggests existing tags as you type (the
 * suggestions are looked up off the FX thread). Enter or a comma adds what was typed.
 */
final class TagField extends VBox {
    private final FlowPane chips = new FlowPane(6, 6);
    private final TextField input = new TextField();

    TagField(ObservableList<String> tags, String chipStyle, Consumer<String> add, Consumer<String> remove,
             Function<String, List<String>> suggest, String prompt) {
        super(6);
        chips.getStyleClass().add("tag-chips");
        input.setPromptText(prompt);
        input.getStyleClass().add("tag-input");
        TextFields.bindAutoCompletion(input, request -> suggest.apply(request.getUserText()))
                .setOnAutoCompleted(e -> {
                    add.accept(e.getCompletion());
                    input.clear();
                });
        input.setOnAction(e -> commit(add));
        input.textProperty().addListener((o, a, b) -> {
            if (b != null && b.endsWith(",")) {
                commit(add);
            }
        });
        ListChangeListener<String> redraw = c -> draw(tags, chipStyle, remove);
        tags.addListener(redraw);
        draw(tags, chipStyle, remove);
        getChildren().addAll(chips, input);
    }

    private void commit(Consumer<String> add) {
        String text = input.getText().replace(",", "").strip();
        if (!text.isEmpty()) {
            add.accept(text);
        }
        input.clear();
    }

    private void draw(ObservableList<String> tags, String chipStyle, Consumer<String> remove) {
        chips.getChildren().setAll(tags.stream().map(t -> {
            Label name = new Label(t);
            Button x = new Button("\u00D7");
            x.getStyleClass().addAll("flat", "chip-remove");
            x.setOnAction(e -> remove.accept(t));
            x.setAccessibleText("Remove tag " + t);
            HBox chip = new HBox(2, name, x);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().addAll("tag-chip", chipStyle);
            return chip;
        }).toList());
    }

    TextField input() {
        return input;
    }
}
