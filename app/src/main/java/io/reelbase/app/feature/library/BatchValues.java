package io.reelbase.app.feature.library;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.ReviewStatus;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the selected assets have in common, as the form starts from it: the title and description they share
 * (null where they differ: left empty, the field keeps each one's own), the review states all of them may
 * move to, the tags all of them have and every tag any of them has.
 */
record BatchValues(List<Asset> assets, String commonTitle, String commonDescription, Set<ReviewStatus> allowedReviews,
                   List<String> commonTags, List<String> tagsInSelection) {

    static BatchValues of(List<Asset> list) {
        String title = common(list, Asset::title);
        String description = common(list, a -> a.description() == null ? "" : a.description());
        Set<ReviewStatus> allowed = EnumSet.allOf(ReviewStatus.class);
        list.forEach(a -> allowed.removeIf(r -> !a.reviewStatus().canMoveTo(r)));
        List<String> shared = list.isEmpty() ? List.of() : list.stream()
                .map(a -> (Set<String>) new LinkedHashSet<>(lower(a.tags())))
                .reduce((x, y) -> {
                    x.retainAll(y);
                    return x;
                }).map(keep -> list.get(0).tags().stream().filter(t -> keep.contains(t.toLowerCase(Locale.ROOT))).toList())
                .orElse(List.of());
        TreeSet<String> union = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        list.forEach(a -> union.addAll(a.tags()));
        return new BatchValues(List.copyOf(list), title, description, Set.copyOf(allowed), shared, List.copyOf(union));
    }

    boolean single() {
        return assets.size() == 1;
    }

    /** The form's values before anyone types. */
    FormValues start() {
        ReviewStatus review = single() ? assets.get(0).reviewStatus() : common(assets, Asset::reviewStatus);
        return new FormValues(commonTitle == null ? "" : commonTitle, commonDescription == null ? "" : commonDescription,
                review, commonTags, List.of(),
                single() ? FieldLines.format(assets.get(0).customFields()) : "",
                single() ? FieldLines.format(assets.get(0).operationalTags()) : "");
    }

    String titleHint() {
        return assets.size() > 1 && commonTitle == null ? "Different titles; leave empty to keep them" : "";
    }

    String descriptionHint() {
        return assets.size() > 1 && commonDescription == null ? "Different descriptions; leave empty to keep them" : "";
    }

    static List<String> lower(List<String> tags) {
        return tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    private static <T> T common(List<Asset> list, Function<Asset, T> value) {
        if (list.isEmpty()) {
            return null;
        }
        T first = value.apply(list.get(0));
        return list.stream().allMatch(a -> Objects.equals(value.apply(a), first)) ? first : null;
    }
}
