package io.reelbase.app.feature.sources;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.ingest.IngestSource;
import io.reelbase.core.ingest.IngestSourceRepository;
import io.reelbase.core.ingest.LoggingLevel;
import io.reelbase.core.ingest.WatchFolders;
import io.reelbase.core.storage.StorageRoot;
import io.reelbase.core.storage.StorageRoots;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.core.workflow.WorkflowRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Watch folders in the app: the list with each folder's last sync, a form to add or change one, and "sync now". */
public final class SourcesViewModel {
    private final IngestSourceRepository sources;
    private final WorkflowRepository workflowRepository;
    private final WatchFolders watch;
    private final BackgroundTasks tasks;
    private final ObservableList<IngestSource> list = FXCollections.observableArrayList();
    private final ObservableList<Optional<Workflow>> workflows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<IngestSource> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty path = new SimpleStringProperty("");
    private final StringProperty interval = new SimpleStringProperty("15");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ObjectProperty<LoggingLevel> logging = new SimpleObjectProperty<>(LoggingLevel.INFO);
    private final ObjectProperty<Optional<Workflow>> workflow = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<Optional<StorageRoot>> roots = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<StorageRoot>> copyTo = new SimpleObjectProperty<>(Optional.empty());
    private final StorageRoots storage;

    public SourcesViewModel(IngestSourceRepository sources, WorkflowRepository workflows, StorageRoots storage, WatchFolders watch,
                            BackgroundTasks tasks) {
        this.storage = storage;
        this.sources = sources;
        this.workflowRepository = workflows;
        this.watch = watch;
        this.tasks = tasks;
    }

    public void load() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        record Loaded(List<IngestSource> sources, List<Workflow> workflows, List<StorageRoot> roots) {
        }
        tasks.<Loaded>submit("Loading watch folders", p -> new Loaded(sources.all(), workflowRepository.all(), storage.all()), l -> {
            list.setAll(l.sources());
            roots.setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<StorageRoot>empty()),
                    l.roots().stream().map(Optional::of)).toList());
            workflows.setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<Workflow>empty()),
                    l.workflows().stream().map(Optional::of)).toList());
            select(l.sources().stream().filter(s -> s.id().equals(keep)).findFirst().orElse(null));
        }, e -> problem.set("Cannot load the watch folders: " + e.getMessage()));
    }

    public void select(IngestSource s) {
        selected.set(s);
        problem.set(null);
        name.set(s == null ? "" : s.name());
        path.set(s == null ? "" : s.path());
        interval.set(String.valueOf(s == null ? IngestSource.DEFAULT_INTERVAL_MINUTES : s.syncIntervalMinutes()));
        enabled.set(s == null || s.enabled());
        logging.set(s == null ? LoggingLevel.INFO : s.loggingLevel());
        workflow.set(s == null || s.workflowId() == null ? Optional.empty()
                : workflows.stream().filter(w -> w.isPresent() && w.get().id().equals(s.workflowId())).findFirst().orElse(Optional.empty()));
        copyTo.set(s == null || s.copyToRootId() == null ? Optional.empty()
                : roots.stream().filter(r -> r.isPresent() && r.get().id().equals(s.copyToRootId())).findFirst().orElse(Optional.empty()));
    }

    public void save() {
        IngestSource draft;
        try {
            int minutes;
            try {
                minutes = Integer.parseInt(interval.get().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The interval is a whole number of minutes, not '" + interval.get() + "'.");
            }
            IngestSource current = selected.get();
            draft = new IngestSource(current == null ? null : current.id(), name.get(), path.get(), true, minutes, logging.get(),
                    enabled.get(), null, null, null, workflow.get().map(Workflow::id).orElse(null),
                    copyTo.get().map(StorageRoot::id).orElse(null));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        tasks.<IngestSource>submit("Saving watch folder " + draft.name(), p -> sources.save(draft), saved -> {
            selected.set(saved);
            load();
        }, e -> problem.set(e instanceof ReelbaseException re ? re.describe() : "Not saved: " + e.getMessage()));
    }

    /** Looks at the chosen folder now (new files are ingested and queued). */
    public void syncNow() {
        IngestSource s = selected.get();
        if (s == null) {
            problem.set("Choose a watch folder first.");
            return;
        }
        tasks.<Object>submit("Syncing " + s.name(), p -> watch.sync(s, p), done -> load(), e -> problem.set("The sync stopped: " + e.getMessage()));
    }

    public void remove() {
        IngestSource s = selected.get();
        if (s != null) {
            tasks.<Object>submit("Removing watch folder " + s.name(), p -> {
                sources.delete(s.id());
                return s;
            }, done -> {
                selected.set(null);
                load();
            }, e -> problem.set(e.getMessage()));
        }
    }

    public ObservableList<IngestSource> sources() {
        return list;
    }

    /** "Keep them where they are" (empty) and the storage roots a copy of each original may go to. */
    public ObservableList<Optional<StorageRoot>> rootChoices() {
        return roots;
    }

    public ObjectProperty<Optional<StorageRoot>> copyToProperty() {
        return copyTo;
    }

    public ObservableList<Optional<Workflow>> workflowChoices() {
        return workflows;
    }

    public ReadOnlyObjectProperty<IngestSource> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public StringProperty intervalProperty() {
        return interval;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<LoggingLevel> loggingProperty() {
        return logging;
    }

    public ObjectProperty<Optional<Workflow>> workflowProperty() {
        return workflow;
    }
}
