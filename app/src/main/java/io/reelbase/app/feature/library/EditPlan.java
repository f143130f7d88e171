package io.reelbase.app.feature.library;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What saving the form would change on each asset it edits, against the version each was loaded at; assets
 * it would not change are left out. Throws {@link IllegalArgumentException} for values the rules refuse.
 */
final class EditPlan {
    private EditPlan() {
    }

    static Map<Asset, AssetChanges> of(FormValues v, BatchValues batch, List<Asset> targets) {
        Map<Asset, AssetChanges> plan = new LinkedHashMap<>();
        for (Asset a : targets) {
            AssetChanges c = changesFor(v, batch, a);
            if (!c.isEmpty()) {
                plan.put(a, c);
            }
        }
        return plan;
    }

    private static AssetChanges changesFor(FormValues v, BatchValues batch, Asset a) {
        AssetChanges c = AssetChanges.none();
        boolean single = batch.single();
        String t = v.title().strip();
        if ((single || !t.isEmpty() || batch.commonTitle() != null) && !t.equals(a.title())) {
            c = c.title(t);
        }
        String d = v.description().strip();
        if ((single || !d.isEmpty() || batch.commonDescription() != null) && !d.equals(a.description() == null ? "" : a.description())) {
            c = c.description(d);
        }
        if (v.review() != null && v.review() != a.reviewStatus()) {
            c = c.reviewStatus(v.review());
        }
        List<String> newTags;
        if (single) {
            newTags = AssetRules.tags(v.tags());
        } else {
            List<String> merged = new ArrayList<>(a.tags());
            merged.removeIf(x -> v.removeTags().stream().anyMatch(r -> r.equalsIgnoreCase(x)));
            merged.addAll(v.tags());
            newTags = AssetRules.tags(merged);
        }
        if (!new HashSet<>(BatchValues.lower(newTags)).equals(new HashSet<>(BatchValues.lower(a.tags())))) {
            c = c.tags(newTags);
        }
        if (single) {
            Map<String, Object> fields = FieldLines.parse(v.customFields(), "custom field", a.customFields());
            if (!fields.equals(a.customFields())) {
                c = c.customFields(fields);
            }
            Map<String, Object> ops = FieldLines.parse(v.operationalTags(), "operational tag", a.operationalTags());
            if (!ops.equals(a.operationalTags())) {
                c = c.operationalTags(ops);
            }
        }
        return c;
    }
}
