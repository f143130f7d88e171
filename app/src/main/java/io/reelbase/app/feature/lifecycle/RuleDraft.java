package io.reelbase.app.feature.lifecycle;

import io.reelbase.core.Bytes;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.lifecycle.AgeBasis;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.RuleFilter;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The rule being built in the editor: its conditions (each "any" when empty), its steps (move, archive, delete, each
 * after some days) and its schedule basis, priority and state. {@link #toRule()} makes the rule or says what is wrong.
 */
public final class RuleDraft {
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<AssetType> type = new SimpleObjectProperty<>();
    final ObjectProperty<SourceSystem> source = new SimpleObjectProperty<>();
    final ObjectProperty<ReviewStatus> review = new SimpleObjectProperty<>();
    final ObjectProperty<Collection> collection = new SimpleObjectProperty<>();
    final StringProperty tag = new SimpleStringProperty("");
    final StringProperty minSize = new SimpleStringProperty("");
    final BooleanProperty move = new SimpleBooleanProperty();
    final ObjectProperty<StorageTier> tier = new SimpleObjectProperty<>(StorageTier.COLD);
    final IntegerProperty moveDays = new SimpleIntegerProperty(30);
    final BooleanProperty archive = new SimpleBooleanProperty();
    final IntegerProperty archiveDays = new SimpleIntegerProperty(90);
    final BooleanProperty delete = new SimpleBooleanProperty();
    final IntegerProperty deleteDays = new SimpleIntegerProperty(365);
    final ObjectProperty<AgeBasis> since = new SimpleObjectProperty<>(AgeBasis.INGESTED);
    final IntegerProperty priority = new SimpleIntegerProperty(LifecycleRule.DEFAULT_PRIORITY);
    final BooleanProperty active = new SimpleBooleanProperty(true);
    private UUID id;

    /** Every property, for listening to any change. */
    Observable[] all() {
        return new Observable[] {name, type, source, review, collection, tag, minSize, move, tier, moveDays, archive, archiveDays, delete,
            deleteDays, since, priority, active};
    }

    UUID id() {
        return id;
    }

    /** Starts a new rule (no id) that archives after 90 days. */
    void clear() {
        id = null;
        name.set("");
        type.set(null);
        source.set(null);
        review.set(null);
        collection.set(null);
        tag.set("");
        minSize.set("");
        move.set(false);
        archive.set(true);
        archiveDays.set(90);
        delete.set(false);
        since.set(AgeBasis.INGESTED);
        priority.set(LifecycleRule.DEFAULT_PRIORITY);
        active.set(true);
    }

    void load(LifecycleRule r, java.util.List<Collection> collections) {
        id = r.id();
        name.set(r.name());
        RuleFilter f = r.filter();
        type.set(f.type());
        source.set(f.source());
        review.set(f.review());
        collection.set(collections.stream().filter(c -> c.id().equals(f.collectionId())).findFirst().orElse(null));
        tag.set(f.tag() == null ? "" : f.tag());
        minSize.set(f.minSizeBytes() == null ? "" : Bytes.human(f.minSizeBytes()).replace(" ", "").replace(".0", ""));
        move.set(r.moveToTier() != null);
        if (r.moveToTier() != null) {
            tier.set(r.moveToTier());
            moveDays.set(r.moveAfterDays());
        }
        archive.set(r.archiveAfterDays() != null);
        if (r.archiveAfterDays() != null) {
            archiveDays.set(r.archiveAfterDays());
        }
        delete.set(r.deleteAfterDays() != null);
        if (r.deleteAfterDays() != null) {
            deleteDays.set(r.deleteAfterDays());
        }
        since.set(r.ageBasis());
        priority.set(r.priority());
        active.set(r.active());
    }

    /** The rule as drafted; an IllegalArgumentException says what is wrong with it. An unnamed draft is called "New rule". */
    LifecycleRule toRule() {
        Collection c = collection.get();
        RuleFilter f = new RuleFilter(type.get(), source.get(), review.get(), c == null ? null : c.id(), c == null ? null : c.name(),
                tag.get(), minSize.get() == null || minSize.get().isBlank() ? null : Bytes.parse(minSize.get()));
        String n = name.get() == null || name.get().isBlank() ? "New rule" : name.get();
        return new LifecycleRule(id, n, null, f, since.get(), move.get() ? tier.get() : null, move.get() ? moveDays.get() : null,
                archive.get() ? archiveDays.get() : null, delete.get() ? deleteDays.get() : null, priority.get(), active.get());
    }
}
