package io.reelbase.media.picture;

import io.reelbase.core.media.Orientation;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Small picture operations: turning upright, judging flatness, JPEG encoding. */
public final class Pictures {
    private Pictures() {
    }

    /** The stored picture transformed as {@code o} says: mirrored left-right first if asked, then turned clockwise. */
    public static BufferedImage upright(BufferedImage src, Orientation o) {
        if (o.equals(Orientation.UPRIGHT)) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage out = new BufferedImage(o.swapsSides() ? h : w, o.swapsSides() ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        AffineTransform t = new AffineTransform();
        switch (o.clockwise()) {
            case 90 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 180 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 270 -> {
                t.translate(0, w);
                t.rotate(-Math.PI / 2);
            }
            default -> {
            }
        }
        if (o.mirrored()) {
            // concatenated last, so applied to the pixels first
            t.translate(w, 0);
            t.scale(-1, 1);
        }
        Graphics2D g = out.createGraphics();
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    /**
     * The picture with its long side at most {@code longSide} (never enlarged): halved with bilinear filtering while
     * it is more than twice too big, then scaled the rest of the way, so that no source pixel is skipped over.
     */
    public static BufferedImage scaledTo(BufferedImage src, int longSide) {
        int sw = src.getWidth();
        int sh = src.getHeight();
        if (Math.max(sw, sh) <= longSide) {
            return src;
        }
        // the size it ends at, from the source's proportions (as a picture made straight at this size would be)
        int tw = sw >= sh ? longSide : Math.max(1, (int) Math.round(sw * (double) longSide / sh));
        int th = sw >= sh ? Math.max(1, (int) Math.round(sh * (double) longSide / sw)) : longSide;
        BufferedImage img = src;
        while (img.getWidth() != tw || img.getHeight() != th) {
            boolean halve = img.getWidth() > 2 * tw && img.getHeight() > 2 * th;
            int w = halve ? (img.getWidth() + 1) / 2 : tw;
            int h = halve ? (img.getHeight() + 1) / 2 : th;
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, w, h, null);
            g.dispose();
            img = next;
        }
        return img;
    }

    /** Mean and standard deviation of the luma (0..255), sampled. */
    public static double[] lumaStats(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 4096));
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                int rgb = img.getRGB(x, y);
                double l = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(0, sq / n - mean * mean))};
    }

    /** Black, white or one flat colour: not a good poster frame. */
    public static boolean isFlat(double[] stats) {
        return stats[1] < 8 || stats[0] < 14 || stats[0] > 245;
    }

    public static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
