package io.reelbase.core.asset;

/** One value of a facet and how many assets of the current list have it. */
public record FacetCount(Facet facet, String value, long count) {
}
