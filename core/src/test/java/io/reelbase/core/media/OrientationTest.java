package io.reelbase.core.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrientationTest {
    private static List<Orientation> all() {
        List<Orientation> all = new ArrayList<>();
        for (int tag = 1; tag <= 8; tag++) {
            all.add(Orientation.ofExif(tag));
        }
        return all;
    }

    /** Where each corner of a 3x2 picture goes, per EXIF orientation, as the TIFF 6.0 table lays out the 0th row and column. */
    @Test
    void exifOrientationsPutTheFirstRowAndColumnWhereTiffSays() {
        // stored top-left pixel (0,0) of a 3 wide, 2 high picture: where it is shown (x, y) on the upright picture
        int[][] topLeftShownAt = {
            {0, 0}, {2, 0}, {2, 1}, {0, 1}, // 1..4: upright picture 3x2
            {0, 0}, {1, 0}, {1, 2}, {0, 2}, // 5..8: upright picture 2x3
        };
        // stored top-right pixel (2,0)
        int[][] topRightShownAt = {
            {2, 0}, {0, 0}, {0, 1}, {2, 1},
            {0, 2}, {1, 2}, {1, 0}, {0, 0},
        };
        for (int tag = 1; tag <= 8; tag++) {
            Orientation o = Orientation.ofExif(tag);
            assertArrayEquals(topLeftShownAt[tag - 1], o.map(0, 0, 3, 2), "orientation " + tag + " top-left");
            assertArrayEquals(topRightShownAt[tag - 1], o.map(2, 0, 3, 2), "orientation " + tag + " top-right");
            assertEquals(tag >= 5, o.swapsSides());
            assertEquals(tag, o.exif());
        }
    }

    @Test
    void theEightAreDistinctAndAGroup() {
        assertEquals(8, new HashSet<>(all()).size());
        for (Orientation a : all()) {
            assertEquals(Orientation.UPRIGHT, a.then(a.inverse()));
            assertEquals(Orientation.UPRIGHT, a.inverse().then(a));
            for (Orientation b : all()) {
                // composing transforms composes where pixels go
                Orientation ab = a.then(b);
                int[] viaA = a.map(1, 0, 3, 2);
                int w = a.swapsSides() ? 2 : 3;
                int h = a.swapsSides() ? 3 : 2;
                assertArrayEquals(b.map(viaA[0], viaA[1], w, h), ab.map(1, 0, 3, 2), a + " then " + b);
            }
        }
    }

    @Test
    void displayMatrixReadsRotationAndReflection() {
        for (Orientation o : all()) {
            int[] m = o.matrix();
            assertEquals(o, Orientation.ofMatrix(m[0], m[1], m[2], m[3]), "matrix of " + o);
            // scaled matrices (pixel aspect in the matrix) say the same
            assertEquals(o, Orientation.ofMatrix(m[0] * 1.5, m[1] * 1.5, m[2] * 0.75, m[3] * 0.75));
        }
        // FFmpeg's av_display_rotation_set(90): a phone held upright, shown turned 90° clockwise
        assertEquals(new Orientation(90, false), Orientation.ofMatrix(0, 1, -1, 0));
        // a transpose is a reflection, not a rotation
        assertEquals(Orientation.ofExif(5), Orientation.ofMatrix(0, 1, 1, 0));
        assertEquals(Orientation.ofExif(7), Orientation.ofMatrix(0, -1, -1, 0));
        assertEquals(Orientation.ofExif(2), Orientation.ofMatrix(-1, 0, 0, 1));
        assertEquals(Orientation.ofExif(4), Orientation.ofMatrix(1, 0, 0, -1));
    }

    @Test
    void heifRotationIsAnticlockwiseThenTheMirror() {
        assertEquals(Orientation.ofExif(8), Orientation.ofHeif(1, null));
        assertEquals(Orientation.ofExif(6), Orientation.ofHeif(3, null));
        assertEquals(Orientation.ofExif(2), Orientation.ofHeif(0, 1));
        assertEquals(Orientation.ofExif(4), Orientation.ofHeif(0, 0));
        // irot 180° then a top-bottom mirror is a left-right mirror
        assertEquals(Orientation.ofExif(2), Orientation.ofHeif(2, 0));
        // irot 270° anticlockwise then a left-right mirror: transpose
        assertEquals(Orientation.ofExif(5), Orientation.ofHeif(3, 1));
    }

    @Test
    void describesItselfAsPeopleSayIt() {
        assertEquals("upright", Orientation.ofExif(1).describe());
        assertEquals("turned 90° clockwise", Orientation.ofExif(6).describe());
        assertEquals("mirrored, turned 90° clockwise", Orientation.ofExif(7).describe());
        assertEquals("mirrored", Orientation.ofExif(2).describe());
    }
}
