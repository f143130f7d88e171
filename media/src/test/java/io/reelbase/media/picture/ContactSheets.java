package io.reelbase.media.picture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Thumbnails side by side in cells of one size, each named under it, to look at. */
final class ContactSheets {
    private ContactSheets() {
    }

    static BufferedImage of(Map<String, BufferedImage> pictures, int cell) {
        int columns = Math.min(4, pictures.size());
        int rows = (pictures.size() + columns - 1) / columns;
        int labelH = 22;
        BufferedImage sheet = new BufferedImage(columns * (cell + 8) + 8, rows * (cell + labelH + 8) + 8,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(40, 40, 40));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int i = 0;
        for (var e : pictures.entrySet()) {
            BufferedImage img = e.getValue();
            double scale = Math.min(cell / (double) img.getWidth(), cell / (double) img.getHeight());
            int w = (int) Math.round(img.getWidth() * scale);
            int h = (int) Math.round(img.getHeight() * scale);
            int x = 8 + (i % columns) * (cell + 8);
            int y = 8 + (i / columns) * (cell + labelH + 8);
            g.drawImage(img, x + (cell - w) / 2, y + (cell - h) / 2, w, h, null);
            g.setColor(Color.WHITE);
            g.drawString(e.getKey() + "  " + img.getWidth() + "x" + img.getHeight(), x, y + cell + 16);
            i++;
        }
        g.dispose();
        return sheet;
    }
}
