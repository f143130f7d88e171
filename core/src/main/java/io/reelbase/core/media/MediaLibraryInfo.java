package io.reelbase.core.media;

/** Which decoding library the media engine runs on, for "About" and {@code --version}. */
public record MediaLibraryInfo(String name, String version, String avformat, String avcodec, String avutil) {

    /** One line, e.g. {@code FFmpeg 8.0.1 (libavformat 62.3.100, libavcodec 62.11.100, libavutil 60.8.100)}. */
    public String describe() {
        return name + " " + version + " (libavformat " + avformat + ", libavcodec " + avcodec + ", libavutil " + avutil + ")";
    }
}
