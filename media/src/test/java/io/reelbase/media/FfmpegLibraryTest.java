package io.reelbase.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.media.MediaLibraryInfo;
import org.junit.jupiter.api.Test;

class FfmpegLibraryTest {

    @Test
    void packedVersionsReadAsMajorMinorMicro() {
        assertThat(FfmpegLibrary.version((62 << 16) | (3 << 8) | 100)).isEqualTo("62.3.100");
    }

    @Test
    void theBundledNativeLibrariesLoadAndReportFfmpegEight() {
        MediaLibraryInfo info = FfmpegLibrary.info();
        assertThat(info.version()).startsWith("8.");
        assertThat(info.avformat()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(info.describe()).startsWith("FFmpeg 8.");
    }
}
