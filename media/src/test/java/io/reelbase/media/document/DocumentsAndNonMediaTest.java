package io.reelbase.media.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.picture.FfmpegThumbnailer;
import io.reelbase.media.picture.Pictures;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs are documents with pages and a first-page thumbnail; text and loose subtitles are not media at all. */
class DocumentsAndNonMediaTest {
    @TempDir
    Path dir;

    /** A two-page A4 call sheet whose first page has a black band across its top third. */
    private Path callSheet() throws Exception {
        Path file = dir.resolve("call-sheet.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (i == 0) {
                    try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                        c.addRect(0, PDRectangle.A4.getHeight() * 2 / 3, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight() / 3);
                        c.fill();
                    }
                }
            }
            doc.getDocumentInformation().setTitle("Day 3 call sheet");
            doc.getDocumentInformation().setAuthor("Production office");
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPdfIsADocumentWithItsPagesTitleAndFirstPageAsThumbnail() throws Exception {
        Path file = callSheet();
        ProbeResult p = new FfmpegProbe().probe(file);
        assertThat(p.summary().assetType()).isEqualTo(AssetType.DOCUMENT);
        assertThat(p.summary().mimeType()).isEqualTo("application/pdf");
        assertThat(p.summary().pageCount()).isEqualTo(2);
        Map<String, Object> format = (Map<String, Object>) p.raw().get("format");
        assertThat((Map<String, String>) format.get("tags")).containsEntry("title", "Day 3 call sheet");

        Thumbnail t = new FfmpegThumbnailer().thumbnail(file, 320);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        assertThat(img.getHeight()).isEqualTo(320);
        assertThat(img.getWidth()).isBetween(224, 228); // A4 is 1 : 1.414
        assertThat(Pictures.lumaStats(img.getSubimage(0, 0, img.getWidth(), 100))[0]).as("the black band on top").isLessThan(30);
        assertThat(Pictures.lumaStats(img.getSubimage(0, 220, img.getWidth(), 100))[0]).as("white paper below").isGreaterThan(240);
    }

    @Test
    void aDamagedPdfSaysSo() throws Exception {
        Path cut = dir.resolve("cut.pdf");
        Files.writeString(cut, "%PDF-1.7\n1 0 obj << /Type /Catalog");
        assertThatThrownBy(() -> new FfmpegThumbnailer().thumbnail(cut, 320)).isInstanceOf(MediaException.class)
                .hasMessageContaining("cut.pdf").hasMessageContaining("PDF");
    }

    @Test
    void textAndLooseSubtitlesAreNotMedia() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Shot list\n1. harbour at dawn\n2. mayor interview\n".repeat(30));
        assertThatThrownBy(() -> new FfmpegProbe().probe(notes)).isInstanceOf(MediaException.class)
                .hasMessageContaining("not a media file: it is text");
        Path subs = Files.writeString(dir.resolve("subs.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHello\n\n");
        assertThatThrownBy(() -> new FfmpegProbe().probe(subs)).isInstanceOf(MediaException.class)
                .hasMessageContaining("no picture and no sound");
    }
}
