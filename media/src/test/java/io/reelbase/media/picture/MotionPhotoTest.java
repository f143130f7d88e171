package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.media.GeneratedMedia;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JPEG with an MP4 appended after its end, as phones write motion photos: the still stays the picture. */
class MotionPhotoTest {
    @TempDir
    Path dir;

    @Test
    void aMotionPhotoIsAStillThatSaysItHasAClip() throws Exception {
        Path photo = dir.resolve("motion.jpg");
        ImageIO.write(GeneratedMedia.picture(800, 600, 2), "jpeg", photo.toFile());
        Path clip = GeneratedMedia.mp4(dir.resolve("clip.mp4"), GeneratedMedia.Spec.basic().seconds(1));
        Files.write(photo, Files.readAllBytes(clip), StandardOpenOption.APPEND);

        TechnicalSummary s = new FfmpegProbe().probe(photo).summary();
        assertThat(s.assetType()).isEqualTo(AssetType.IMAGE);
        assertThat(s.motionClip()).isTrue();
        assertThat(s.damage()).isNull();
        assertThat(new int[] {s.width(), s.height()}).containsExactly(800, 600);
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(new FfmpegThumbnailer().thumbnail(photo, 400).jpeg()));
        assertThat(shown.getWidth()).isEqualTo(400);
        assertThat(new FfmpegProbe().probe(clip).summary().motionClip()).isFalse();
    }
}
