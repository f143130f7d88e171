package io.reelbase.core.ingest;

/** How much an ingest source writes to the log. */
public enum LoggingLevel {
    CRITICAL, ERROR, WARNING, INFO, DEBUG
}
