package io.reelbase.core.lifecycle;

import io.reelbase.core.asset.StorageTier;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What happens to the assets that pass the filter as they age: move to a tier after some days, archive after more,
 * delete after more still. An asset takes the furthest step its age has reached. Rules are tried by priority (lower
 * numbers first, then by name); the first due rule that would change something acts, and legal hold always wins.
 */
public record LifecycleRule(
        UUID id,
        String name,
        String description,
        RuleFilter filter,
        AgeBasis ageBasis,
        StorageTier moveToTier,
        Integer moveAfterDays,
        Integer archiveAfterDays,
        Integer deleteAfterDays,
        int priority,
        boolean active) {

    public static final int DEFAULT_PRIORITY = 100;

    public LifecycleRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A lifecycle rule needs a name.");
        }
        name = name.strip();
        filter = filter == null ? RuleFilter.ANY : filter;
        ageBasis = ageBasis == null ? AgeBasis.INGESTED : ageBasis;
        if (moveAfterDays != null && moveToTier == null) {
            throw new IllegalArgumentException("Rule \u201c" + name + "\u201d moves after " + moveAfterDays + " days, but to which tier?");
        }
        if (moveToTier != null && moveAfterDays == null) {
            moveAfterDays = 0;
        }
        positive(moveAfterDays, "'Move after'", 0);
        positive(archiveAfterDays, "'Archive after'", 1);
        positive(deleteAfterDays, "'Delete after'", 1);
        if (archiveAfterDays != null && deleteAfterDays != null && deleteAfterDays <= archiveAfterDays) {
            throw new IllegalArgumentException("'Delete after' (" + deleteAfterDays
                    + " days) must come later than 'archive after' (" + archiveAfterDays + " days).");
        }
        if (archiveAfterDays == null && deleteAfterDays == null && moveToTier == null) {
            throw new IllegalArgumentException("Rule \u201c" + name + "\u201d does nothing: give it an archive, delete or move action.");
        }
        if (priority < 0 || priority > 10_000) {
            throw new IllegalArgumentException("A rule's priority is a number from 0 (first) to 10000.");
        }
    }

    private static void positive(Integer days, String what, int least) {
        if (days != null && days < least) {
            throw new IllegalArgumentException(what + " must be at least " + least + (least == 1 ? " day." : " days."));
        }
    }

    /** One action after some days: the rule the command line's {@code rules add} makes. */
    public static LifecycleRule of(String name, RuleFilter filter, LifecycleAction action, StorageTier tier, int days, int priority) {
        return switch (action) {
            case MOVE -> new LifecycleRule(null, name, null, filter, AgeBasis.INGESTED, tier, days, null, null, priority, true);
            case ARCHIVE -> new LifecycleRule(null, name, null, filter, AgeBasis.INGESTED, null, null, days, null, priority, true);
            case DELETE -> new LifecycleRule(null, name, null, filter, AgeBasis.INGESTED, null, null, null, days, priority, true);
            case PURGE -> throw new IllegalArgumentException("Purging is not a rule's action: deleted assets are purged after the grace period.");
        };
    }

    public LifecycleRule withActive(boolean on) {
        return new LifecycleRule(id, name, description, filter, ageBasis, moveToTier, moveAfterDays, archiveAfterDays, deleteAfterDays,
                priority, on);
    }

    public LifecycleRule withId(UUID newId) {
        return new LifecycleRule(newId, name, description, filter, ageBasis, moveToTier, moveAfterDays, archiveAfterDays, deleteAfterDays,
                priority, active);
    }

    /** "move to COLD after 30 days, delete after 365 days since ingest". */
    public String describeActions() {
        List<String> steps = new ArrayList<>();
        if (moveToTier != null) {
            steps.add("move to " + moveToTier + (moveAfterDays == 0 ? " at once" : " after " + days(moveAfterDays)));
        }
        if (archiveAfterDays != null) {
            steps.add("archive after " + days(archiveAfterDays));
        }
        if (deleteAfterDays != null) {
            steps.add("delete after " + days(deleteAfterDays));
        }
        return String.join(", ", steps) + " " + ageBasis.words();
    }

    /** "Videos from watch folders: move to COLD after 30 days since ingest". */
    public String describe() {
        String f = filter.describe();
        return Character.toUpperCase(f.charAt(0)) + f.substring(1) + ": " + describeActions();
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
