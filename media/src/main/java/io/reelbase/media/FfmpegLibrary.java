package io.reelbase.media;

import io.reelbase.core.media.MediaLibraryInfo;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/** The FFmpeg libraries bundled through JavaCV: loads them and reports their versions. */
public final class FfmpegLibrary {
    private FfmpegLibrary() {
    }

    /** Loads the native libraries (about a second the first time) and reads their versions. */
    public static MediaLibraryInfo info() {
        return new MediaLibraryInfo("FFmpeg", avutil.av_version_info().getString(),
                version(avformat.avformat_version()), version(avcodec.avcodec_version()), version(avutil.avutil_version()));
    }

    /** FFmpeg packs versions as major << 16 | minor << 8 | micro. */
    static String version(int packed) {
        return (packed >>> 16) + "." + ((packed >>> 8) & 0xff) + "." + (packed & 0xff);
    }
}
