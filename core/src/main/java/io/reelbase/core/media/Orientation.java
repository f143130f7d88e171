package io.reelbase.core.media;

/**
 * How a stored picture must be transformed to be seen upright: one of the eight symmetries of a rectangle,
 * written as an optional left-right mirror applied first, then a clockwise turn of 0, 90, 180 or 270 degrees.
 * Every source of orientation maps onto it: EXIF orientation 1–8, a video's display matrix (rotation and
 * reflection read from the matrix itself), HEIF {@code irot}/{@code imir}. Coordinates are pixels with y
 * pointing down.
 */
public record Orientation(int clockwise, boolean mirrored) {
    public static final Orientation UPRIGHT = new Orientation(0, false);

    public Orientation {
        if (clockwise % 90 != 0) {
            throw new IllegalArgumentException("a picture turns by quarter turns, not " + clockwise + "°");
        }
        clockwise = Math.floorMod(clockwise, 360);
    }

    /**
     * EXIF orientation 1–8 (TIFF 6.0 tag 0x0112): 2 mirror, 3 turn 180°, 4 mirror top-bottom, 5 transpose
     * (mirror, turn 270°), 6 turn 90°, 7 transverse (mirror, turn 90°), 8 turn 270°. Anything else is upright.
     */
    public static Orientation ofExif(int tag) {
        return switch (tag) {
            case 2 -> new Orientation(0, true);
            case 3 -> new Orientation(180, false);
            case 4 -> new Orientation(180, true);
            case 5 -> new Orientation(270, true);
            case 6 -> new Orientation(90, false);
            case 7 -> new Orientation(90, true);
            case 8 -> new Orientation(270, false);
            default -> UPRIGHT;
        };
    }

    /** The EXIF orientation (1–8) of this transform. */
    public int exif() {
        for (int tag = 1; tag <= 8; tag++) {
            if (ofExif(tag).equals(this)) {
                return tag;
            }
        }
        throw new IllegalStateException("unreachable: " + this);
    }

    /**
     * FFmpeg's display matrix (its first two rows, {@code a b / c d}): a stored pixel (x, y) is shown at
     * (a·x + c·y, b·x + d·y). The nearest of the eight symmetries; a reflection is a negative determinant.
     */
    public static Orientation ofMatrix(double a, double b, double c, double d) {
        boolean mirrored = a * d - b * c < 0;
        // With the mirror undone first, the image of the x axis says the turn: (a, b), or (-a, -b) after a mirror.
        double x = mirrored ? -a : a;
        double y = mirrored ? -b : b;
        int degrees = (int) Math.round(Math.toDegrees(Math.atan2(y, x)) / 90.0) * 90;
        return new Orientation(degrees, mirrored);
    }

    /** The display matrix of this transform, {a, b, c, d} as in {@link #ofMatrix}. */
    public int[] matrix() {
        int[] x = linear(1, 0);
        int[] y = linear(0, 1);
        return new int[] {x[0], x[1], y[0], y[1]};
    }

    private int[] linear(int x, int y) {
        int mx = mirrored ? -x : x;
        return switch (clockwise) {
            case 90 -> new int[] {-y, mx};
            case 180 -> new int[] {-mx, -y};
            case 270 -> new int[] {y, -mx};
            default -> new int[] {mx, y};
        };
    }

    /**
     * HEIF item properties: {@code irot} turns anticlockwise by quarter turns, then {@code imir} mirrors about
     * an axis (0 top-bottom, 1 left-right, as ISO/IEC 23008-12:2017 amended writes it), in that order.
     */
    public static Orientation ofHeif(int anticlockwiseQuarters, Integer mirrorAxis) {
        Orientation turn = new Orientation(-90 * anticlockwiseQuarters, false);
        if (mirrorAxis == null) {
            return turn;
        }
        Orientation mirror = mirrorAxis == 0 ? new Orientation(180, true) : new Orientation(0, true);
        return turn.then(mirror);
    }

    /** This transform followed by {@code next}. */
    public Orientation then(Orientation next) {
        // mirror·turn(r1) then mirror·turn(r2): a mirror moved past a turn reverses it.
        int r1 = next.mirrored ? -clockwise : clockwise;
        return new Orientation(r1 + next.clockwise, mirrored != next.mirrored);
    }

    /** The transform that undoes this one. */
    public Orientation inverse() {
        return mirrored ? this : new Orientation(-clockwise, false);
    }

    /** Whether width and height swap on screen. */
    public boolean swapsSides() {
        return clockwise == 90 || clockwise == 270;
    }

    /** Where the stored pixel (x, y) of a {@code width}x{@code height} picture is shown: {x', y'}. */
    public int[] map(int x, int y, int width, int height) {
        int mx = mirrored ? width - 1 - x : x;
        return switch (clockwise) {
            case 90 -> new int[] {height - 1 - y, mx};
            case 180 -> new int[] {width - 1 - mx, height - 1 - y};
            case 270 -> new int[] {y, width - 1 - mx};
            default -> new int[] {mx, y};
        };
    }

    /** As people read it: "upright", "turned 90° clockwise", "mirrored, turned 270° clockwise". */
    public String describe() {
        if (equals(UPRIGHT)) {
            return "upright";
        }
        String turn = clockwise == 0 ? "" : "turned " + clockwise + "\u00B0 clockwise";
        return mirrored ? (turn.isEmpty() ? "mirrored" : "mirrored, " + turn) : turn;
    }
}
