package io.reelbase.core.edit;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.merge.VersionDiff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What "revert to how they were at a moment" would do to a set of assets: for each that changed since, the
 * changes that bring back its editable fields as they were then (processing results stay as they are now).
 * Assets that did not exist at that moment, and those unchanged since, are counted apart.
 */
public record RevertPlan(Instant at, List<Step> steps, int unchanged, List<Asset> notYetThere) {

    /** One asset: from {@code asset}'s current version back to the fields of version {@code thenVersion}. */
    public record Step(Asset asset, long thenVersion, AssetChanges changes, int fields) {
    }

    public RevertPlan {
        steps = List.copyOf(steps);
        notYetThere = List.copyOf(notYetThere);
    }

    /** {@code assets} as they are now, {@code then} the version each was at at {@code at}. */
    public static RevertPlan of(Instant at, List<Asset> assets, Map<UUID, AssetVersion> then) {
        List<Step> steps = new ArrayList<>();
        List<Asset> missing = new ArrayList<>();
        int unchanged = 0;
        for (Asset a : assets) {
            AssetVersion v = then.get(a.id());
            if (v == null) {
                missing.add(a);
                continue;
            }
            AssetSnapshot now = AssetSnapshot.of(a);
            AssetChanges back = RestorePlan.changes(now, v.snapshot(), java.util.Optional.empty());
            if (back.isEmpty()) {
                unchanged++;
            } else {
                steps.add(new Step(a, v.version(), back, VersionDiff.between(now, now.with(back)).size()));
            }
        }
        return new RevertPlan(at, steps, unchanged, missing);
    }

    /** How many fields would change over all assets (a tag, a custom field key, a title: one each). */
    public int fields() {
        return steps.stream().mapToInt(Step::fields).sum();
    }

    /** "12 assets would change (31 fields); 4 are unchanged since; 2 did not exist yet." */
    public String describe() {
        StringBuilder s = new StringBuilder(steps.size() + (steps.size() == 1 ? " asset" : " assets") + " would change ("
                + fields() + (fields() == 1 ? " field)" : " fields)"));
        if (unchanged > 0) {
            s.append("; ").append(unchanged).append(unchanged == 1 ? " is" : " are").append(" already as it was then");
        }
        if (!notYetThere.isEmpty()) {
            s.append("; ").append(notYetThere.size()).append(notYetThere.size() == 1 ? " was" : " were")
                    .append(" not in the catalogue yet and stay as they are");
        }
        return s.append('.').toString();
    }
}
