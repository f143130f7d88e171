package io.reelbase.media.picture;

/**
 * Finds cuts between shots in a run of small pictures (packed bytes, the same size each): a frame is the first
 * of a new scene when its mean difference from the frame before is above {@code threshold} of full scale and
 * at least {@code minGapMs} after the last cut. The first frame always starts a scene. Plain Java; not thread-safe.
 */
final class SceneCuts {
    private final double threshold;
    private final long minGapMs;
    private byte[] previous;
    private long lastCut = Long.MIN_VALUE / 2;

    SceneCuts(double threshold, long minGapMs) {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("the threshold is a fraction of full scale, between 0 and 1: " + threshold);
        }
        this.threshold = threshold;
        this.minGapMs = minGapMs;
    }

    /** Whether the picture {@code pixels}, shown at {@code ms}, starts a new scene; it becomes the one to compare with. */
    boolean isCut(byte[] pixels, long ms) {
        boolean cut;
        if (previous == null) {
            previous = new byte[pixels.length];
            cut = true;
        } else {
            if (pixels.length != previous.length) {
                throw new IllegalArgumentException("pictures of different sizes: " + pixels.length + " and " + previous.length);
            }
            cut = difference(previous, pixels) > threshold && ms - lastCut >= minGapMs;
        }
        if (cut) {
            lastCut = ms;
        }
        System.arraycopy(pixels, 0, previous, 0, pixels.length);
        return cut;
    }

    /** The mean absolute difference of two pictures, as a fraction of full scale (0: the same, 1: black and white). */
    static double difference(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
        }
        return sum / (255.0 * a.length);
    }
}
