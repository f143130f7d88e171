package io.reelbase.core.asset;

/** Whether processing found an asset's file whole, or damaged (usable as far as its data goes). */
public enum Condition {
    INTACT, DAMAGED
}
