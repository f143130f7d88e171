package io.reelbase.media.document;

import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.Thumbnail;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDF documents (scripts, call sheets, release forms) with Apache PDFBox: the page count, the first page's size
 * and the document's title and author in the probe's ffprobe-like shape, and the first page as a thumbnail.
 */
public final class PdfDocuments {
    private PdfDocuments() {
    }

    /** Whether the file says it is a PDF in its first bytes. */
    public static boolean isPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code format} (format_name "pdf", size, nb_pages, tags) and no streams, as the probe writes files. */
    public static Map<String, Object> probe(Path file, long size) {
        try (PDDocument doc = open(file)) {
            Map<String, Object> format = new LinkedHashMap<>();
            format.put("filename", file.getFileName().toString());
            format.put("nb_streams", 0);
            format.put("format_name", "pdf");
            format.put("format_long_name", "Portable Document Format " + doc.getVersion());
            format.put("size", String.valueOf(size));
            format.put("nb_pages", doc.getNumberOfPages());
            Map<String, String> tags = new LinkedHashMap<>();
            PDDocumentInformation info = doc.getDocumentInformation();
            putIf(tags, "title", info.getTitle());
            putIf(tags, "author", info.getAuthor());
            putIf(tags, "creator", info.getCreator());
            if (info.getCreationDate() != null) {
                tags.put("creation_time", info.getCreationDate().toInstant().toString());
            }
            if (!tags.isEmpty()) {
                format.put("tags", tags);
            }
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("streams", List.of());
            raw.put("format", format);
            if (doc.getNumberOfPages() > 0) {
                PDRectangle box = doc.getPage(0).getMediaBox();
                raw.put("document", Map.of("pages", doc.getNumberOfPages(),
                        "page_width_pt", Math.round(box.getWidth()), "page_height_pt", Math.round(box.getHeight())));
            }
            return raw;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The first page, long side {@code longSide} pixels. */
    public static Thumbnail thumbnail(Path file, int longSide) {
        try (PDDocument doc = open(file)) {
            if (doc.getNumberOfPages() == 0) {
                throw new MediaException(file, "the PDF has no pages.", "Nothing to show; the library shows a placeholder.");
            }
            PDRectangle box = doc.getPage(0).getCropBox();
            float longPoints = Math.max(box.getWidth(), box.getHeight());
            float dpi = 72f * longSide / Math.max(1f, longPoints);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
            BufferedImage bgr = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            bgr.createGraphics().drawImage(page, 0, 0, null);
            return new Thumbnail(io.reelbase.media.picture.Pictures.jpeg(bgr, 0.85f), bgr.getWidth(), bgr.getHeight(),
                    null, "first page");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static PDDocument open(Path file) throws IOException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new MediaException(file, "the PDF is protected by a password.",
                    "Catalogue an unprotected copy if its pages should be shown.", e);
        }
    }

    private static MediaException unreadable(Path file, IOException e) {
        return new MediaException(file, "the PDF cannot be read (" + e.getMessage() + ").",
                "The file may be damaged or cut short; open it in a PDF reader to check.", e);
    }

    private static void putIf(Map<String, String> tags, String key, String value) {
        if (value != null && !value.isBlank()) {
            tags.put(key, value.strip());
        }
    }
}
