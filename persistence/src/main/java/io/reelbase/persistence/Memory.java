package io.reelbase.persistence;

import java.lang.management.ManagementFactory;

/**
 * How much memory the embedded server may use for its page cache: an eighth of the machine's memory, at
 * least PostgreSQL's default of 128 MB and at most 2 GB. A million-asset catalogue's hot pages (the asset
 * rows a search or a facet count visits) then stay in the server's own cache instead of being read back
 * from the operating system's on every query. Memory is only taken as pages are used.
 */
final class Memory {
    private static final long MB = 1024 * 1024;

    private Memory() {
    }

    static long sharedBuffersMb() {
        return Math.max(128, Math.min(2048, physicalMb() / 8));
    }

    /** What the planner may assume the server and the operating system cache between them. */
    static long effectiveCacheMb() {
        return Math.max(512, physicalMb() / 2);
    }

    private static long physicalMb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / MB;
        }
        return 1024;
    }
}
