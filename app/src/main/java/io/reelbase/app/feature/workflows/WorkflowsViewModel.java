package io.reelbase.app.feature.workflows;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.RoutingCondition;
import io.reelbase.core.workflow.RoutingFacts;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.core.workflow.WorkflowRepository;
import io.reelbase.core.workflow.WorkflowRouter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Workflows for admins: the list, a form for the chosen one (name, steps, routing conditions, priority,
 * active), saving with the same checks the database makes, and a test box that says which workflow a
 * file with given facts would get.
 */
public final class WorkflowsViewModel {
    /** One editable routing condition. */
    public static final class ConditionRow {
        private final StringProperty field = new SimpleStringProperty("filename");
        private final javafx.beans.property.ObjectProperty<RoutingCondition.Operator> op =
                new javafx.beans.property.SimpleObjectProperty<>(RoutingCondition.Operator.CONTAINS);
        private final StringProperty value = new SimpleStringProperty("");

        public StringProperty fieldProperty() {
            return field;
        }

        public javafx.beans.property.ObjectProperty<RoutingCondition.Operator> opProperty() {
            return op;
        }

        public StringProperty valueProperty() {
            return value;
        }

    }

    public static final List<String> FIELDS = List.of("asset_type", "filename", "extension", "size", "mime_type", "source");

    private final WorkflowRepository repository;
    private final BackgroundTasks tasks;
    private final ObservableList<Workflow> workflows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Workflow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty priority = new SimpleStringProperty("100");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableSet<Capability> capabilities = FXCollections.observableSet(EnumSet.noneOf(Capability.class));
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList();

    public WorkflowsViewModel(WorkflowRepository repository, BackgroundTasks tasks) {
        this.repository = repository;
        this.tasks = tasks;
    }

    public void load() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.<List<Workflow>>submit("Loading workflows", p -> repository.all(), list -> {
            workflows.setAll(list);
            Optional<Workflow> again = list.stream().filter(w -> w.id().equals(keep)).findFirst();
            select(again.orElse(list.isEmpty() ? null : list.get(0)));
        }, e -> problem.set("Cannot load the workflows: " + e.getMessage()));
    }

    /** Fills the form from a workflow (null: an empty form for a new one). */
    public void select(Workflow w) {
        selected.set(w);
        problem.set(null);
        name.set(w == null ? "" : w.name());
        description.set(w == null || w.description() == null ? "" : w.description());
        priority.set(String.valueOf(w == null ? 100 : w.priority()));
        active.set(w == null || w.active());
        capabilities.clear();
        if (w != null) {
            capabilities.addAll(w.capabilities());
        } else {
            capabilities.addAll(Set.of(Capability.PROBE, Capability.HASH_VERIFY, Capability.THUMBNAIL));
        }
        conditions.clear();
        if (w != null) {
            for (RoutingCondition c : w.routing()) {
                ConditionRow row = new ConditionRow();
                row.field.set(c.field());
                row.op.set(c.op());
                row.value.set(c.value());
                conditions.add(row);
            }
        }
    }

    public void newWorkflow() {
        select(null);
    }

    public void addCondition() {
        conditions.add(new ConditionRow());
    }

    public void removeCondition(ConditionRow row) {
        conditions.remove(row);
    }

    /** Checks the form as the database would and saves it; a problem is shown, nothing is saved. */
    public void save() {
        Workflow draft;
        try {
            draft = draft();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        tasks.<Workflow>submit("Saving workflow " + draft.name(), p -> repository.save(draft), saved -> {
            selected.set(saved);
            problem.set(null);
            load();
        }, e -> problem.set(e instanceof ReelbaseException re ? re.describe() : "Not saved: " + e.getMessage()));
    }

    Workflow draft() {
        Workflow current = selected.get();
        int prio;
        try {
            prio = Integer.parseInt(priority.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The priority must be a whole number (lower runs first), not '" + priority.get() + "'.");
        }
        if (prio < 0 || prio > 10_000) {
            throw new IllegalArgumentException("The priority must be between 0 and 10000.");
        }
        List<RoutingCondition> routing = new ArrayList<>();
        for (ConditionRow row : conditions) {
            if (row.value.get() == null || row.value.get().isBlank()) {
                throw new IllegalArgumentException("Routing condition '" + row.field.get() + " " + label(row.op.get())
                        + "' needs a value.");
            }
            routing.add(new RoutingCondition(row.field.get(), row.op.get(), row.value.get().strip()));
        }
        List<Capability> steps = EnumSet.copyOf(capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : capabilities)
                .stream().toList();
        return new Workflow(current == null ? null : current.id(), name.get(), description.get().isBlank() ? null : description.get(),
                steps, routing, prio, current != null && current.isDefault(), active.get(), null);
    }

    public void makeDefault() {
        Workflow w = selected.get();
        if (w == null || w.id() == null) {
            problem.set("Save the workflow before making it the default.");
            return;
        }
        tasks.<Workflow>submit("Making " + w.name() + " the default", p -> {
            repository.makeDefault(w.id());
            return w;
        }, done -> load(), e -> problem.set(e instanceof ReelbaseException re ? re.describe() : e.getMessage()));
    }

    /** Which saved workflow a file with these facts would get, and why. */
    public void test(String filename, String assetType, String sizeBytes) {
        RoutingFacts facts = new RoutingFacts().put("filename", filename).put("asset_type", assetType);
        if (filename != null && filename.contains(".")) {
            facts.put("extension", filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        }
        if (sizeBytes != null && !sizeBytes.isBlank()) {
            facts.put("size", sizeBytes.strip());
        }
        Optional<Workflow> chosen = new WorkflowRouter(workflows).route(facts);
        testResult.set(chosen.map(w -> w.name() + (w.matches(facts) ? " — its conditions match" : " — the default: no other workflow's conditions match"))
                .orElse("No workflow would take it, and there is no default: such a file could not be ingested."));
    }

    static String label(RoutingCondition.Operator op) {
        return op.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public ObservableList<Workflow> workflows() {
        return workflows;
    }

    public ReadOnlyObjectProperty<Workflow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty priorityProperty() {
        return priority;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableSet<Capability> capabilities() {
        return capabilities;
    }

    public ObservableList<ConditionRow> conditions() {
        return conditions;
    }
}
