package io.reelbase.app.feature.audit;

import io.reelbase.app.feature.export.MetadataExport;
import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.audit.ActionRecord;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.audit.AuditCheck;
import io.reelbase.core.audit.AuditQuery;
import io.reelbase.core.audit.AuditTrail;
import io.reelbase.core.audit.StateDiff;
import io.reelbase.core.audit.AuditChecker;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Audit Trail screen (content managers and admins): records filtered by asset, person, action and time, newest
 * first; the selected record's before and after; the hash chains' check; the list exported to CSV.
 */
public final class AuditViewModel {
    static final int LIMIT = 500;
    private final AuditTrail trail;
    private final AuditChecker chains;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ObservableList<ActionRecord> records = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ActionRecord> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chainState = new ReadOnlyStringWrapper("Not checked yet.");
    private final StringProperty asset = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final ObjectProperty<ActionType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    public AuditViewModel(AuditTrail trail, AuditChecker chains, BackgroundTasks tasks, DialogService dialogs) {
        this.trail = trail;
        this.chains = chains;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Reads the records the filters match (at most 500, newest first). */
    public void load() {
        AuditQuery q;
        try {
            q = query();
        } catch (IllegalArgumentException bad) {
            notice.set(bad.getMessage());
            return;
        }
        tasks.<List<ActionRecord>>submit("Reading the audit trail", p -> trail.search(q, LIMIT), l -> {
            records.setAll(l);
            notice.set(l.size() == LIMIT ? "The newest " + LIMIT + " records; narrow the filters to see older ones." : l.size() + " record(s).");
            select(null);
        }, e -> notice.set(Problems.describe(e)));
    }

    AuditQuery query() {
        UUID id = null;
        if (!asset.get().isBlank()) {
            try {
                id = UUID.fromString(asset.get().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\u201c" + asset.get().strip() + "\u201d is not an asset id (copy it from the inspector).");
            }
        }
        ZoneId zone = ZoneId.systemDefault();
        return new AuditQuery(id, person.get(), type.get(), from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
    }

    public void select(ActionRecord r) {
        selected.set(r);
        detail.set(r == null ? "" : describe(r));
    }

    static String describe(ActionRecord r) {
        List<String> diff = StateDiff.lines(r.stateBefore(), r.stateAfter());
        return Stream.concat(Stream.of(r.type() + " by " + (r.login() == null ? r.actor() : r.login())
                        + (r.actor() != null && !r.actor().equals(r.login()) ? " (as \u201c" + r.actor() + "\u201d)" : "")),
                Stream.concat(diff.isEmpty() ? Stream.of("No state change recorded.") : diff.stream(),
                        r.metadata().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()))).collect(Collectors.joining("\n"));
    }

    /** Checks every hash chain of the trail in the database. */
    public void verify() {
        tasks.<AuditCheck>submit("Checking the audit trail", p -> chains.verify(), c -> chainState.set(c.intact()
                ? String.format("Intact: %,d rows in %d chain(s).", c.rows(), c.heads().size())
                : "Tampered with: " + c.problems().stream().map(x -> "row " + x.rowId() + " " + x.what()).collect(Collectors.joining("; "))),
                e -> chainState.set(Problems.describe(e)));
    }

    /** Writes the records shown to a CSV file the person chooses. */
    public void exportCsv() {
        List<ActionRecord> rows = List.copyOf(records);
        dialogs.chooseFileToSave("Export the audit records shown", "reelbase-audit.csv", List.of("csv")).ifPresent(file ->
                tasks.<Path>submit("Exporting the audit trail", p -> write(rows, file), f -> notice.set("Exported " + rows.size()
                        + " record(s) to " + f + "."), e -> notice.set(Problems.describe(e))));
    }

    private static Path write(List<ActionRecord> rows, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,occurred_at,action,status,login,actor,asset_id,component,change,metadata\r\n");
            for (ActionRecord r : rows) {
                out.write(Stream.of(r.id(), r.occurredAt(), r.type(), r.status(), r.login(), r.actor(), r.assetId(), r.component(),
                        String.join("; ", StateDiff.lines(r.stateBefore(), r.stateAfter())), r.metadata().isEmpty() ? null : r.metadata())
                        .map(MetadataExport::cell).collect(Collectors.joining(",")) + "\r\n");
            }
        }
        return file;
    }

    public ObservableList<ActionRecord> records() {
        return records;
    }

    public ReadOnlyObjectProperty<ActionRecord> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainStateProperty() {
        return chainState.getReadOnlyProperty();
    }

    public StringProperty assetProperty() {
        return asset;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<ActionType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
