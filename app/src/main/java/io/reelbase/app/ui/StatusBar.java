package io.reelbase.app.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;

/**
 * The bottom line of the window: where the catalogue is, and every background task with its
 * progress. The task button opens the full list, where each task can be cancelled.
 */
public final class StatusBar {
    private final HBox root = new HBox(10);
    private final Label connection = new Label();
    private final Label processing = new Label();
    private final Label taskMessage = new Label("Ready");
    private final ProgressBar progress = new ProgressBar();
    private final Button tasksButton = new Button();
    private final TaskProgressView<Task<?>> taskList = new TaskProgressView<>();
    private PopOver popOver;

    public StatusBar(TaskRunner runner) {
        root.getStyleClass().add("status-bar");
        root.setId("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        connection.setId("status-connection");
        processing.setId("status-processing");
        taskMessage.setId("status-task");
        progress.setPrefWidth(140);
        progress.setVisible(false);
        tasksButton.setId("status-tasks");
        tasksButton.getStyleClass().add("flat");
        tasksButton.setVisible(false);
        tasksButton.setOnAction(e -> showTasks());
        Bindings.bindContent(taskList.getTasks(), runner.running());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(connection, processing, spacer, taskMessage, progress, tasksButton);
        runner.running().addListener((ListChangeListener<Task<?>>) c -> showFirst(runner));
    }

    private void showFirst(TaskRunner runner) {
        progress.progressProperty().unbind();
        taskMessage.textProperty().unbind();
        if (runner.running().isEmpty()) {
            taskMessage.setText("Ready");
            progress.setVisible(false);
            tasksButton.setVisible(false);
            return;
        }
        Task<?> first = runner.running().get(0);
        progress.progressProperty().bind(first.progressProperty());
        taskMessage.textProperty().bind(Bindings.createStringBinding(
                () -> first.getMessage() == null || first.getMessage().isBlank() ? first.getTitle() : first.getTitle() + ": " + first.getMessage(),
                first.titleProperty(), first.messageProperty()));
        progress.setVisible(true);
        int n = runner.running().size();
        tasksButton.setText(String.format(Locale.ROOT, n == 1 ? "%d task" : "%d tasks", n));
        tasksButton.setVisible(true);
    }

    private void showTasks() {
        if (popOver == null) {
            taskList.setPrefSize(420, 260);
            popOver = new PopOver(taskList);
            popOver.setTitle("Background tasks");
            popOver.setHeaderAlwaysVisible(true);
            popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        }
        popOver.show(tasksButton);
    }

    public void setConnection(String text) {
        connection.setText(text);
    }

    /** The queue at a glance, e.g. "Processing: 3 queued · 2 running · 1 failed". */
    public void follow(javafx.beans.value.ObservableStringValue text) {
        processing.textProperty().bind(javafx.beans.binding.Bindings.concat("   ", text));
    }

    public Node node() {
        return root;
    }
}
