package io.reelbase.media.picture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Numeric comparison of pictures for orientation tests, written independently of the code under test:
 * normalised correlation of small grey versions, the mean difference of pixels, and plain pixel loops that
 * mirror and turn.
 */
final class Likeness {
    private static final int SIDE = 48;

    private Likeness() {
    }

    /** Normalised correlation (−1..1) of the two pictures' small grey versions; both are squeezed to one size. */
    static double correlation(BufferedImage a, BufferedImage b) {
        double[] x = grey(a);
        double[] y = grey(b);
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Mean absolute difference per colour sample (0..255) of two pictures of the same size. */
    static double difference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("sizes differ: " + a.getWidth() + "x" + a.getHeight() + " and "
                    + b.getWidth() + "x" + b.getHeight());
        }
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    private static double[] grey(BufferedImage img) {
        BufferedImage small = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, SIDE, SIDE, null);
        g.dispose();
        double[] v = new double[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int rgb = small.getRGB(x, y);
                v[y * SIDE + x] = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
            }
        }
        return v;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /** Left-right mirror image. */
    static BufferedImage mirrored(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                out.setRGB(src.getWidth() - 1 - x, y, src.getRGB(x, y));
            }
        }
        return out;
    }

    /** Turned a quarter clockwise, {@code quarters} times. */
    static BufferedImage turned(BufferedImage src, int quarters) {
        BufferedImage cur = src;
        for (int q = 0; q < Math.floorMod(quarters, 4); q++) {
            BufferedImage out = new BufferedImage(cur.getHeight(), cur.getWidth(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < cur.getHeight(); y++) {
                for (int x = 0; x < cur.getWidth(); x++) {
                    // clockwise: the left column becomes the top row
                    out.setRGB(cur.getHeight() - 1 - y, x, cur.getRGB(x, y));
                }
            }
            cur = out;
        }
        return cur;
    }
}
