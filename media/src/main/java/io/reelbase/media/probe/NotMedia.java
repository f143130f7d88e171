package io.reelbase.media.probe;

import io.reelbase.core.media.MediaException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Files FFmpeg opens that are not media: plain text, which its "tty" demuxer shows as ANSI art, and files with
 * nothing but subtitles or data (a loose .srt). They are left out of the catalogue with the reason, instead of
 * becoming assets that fail for want of a picture.
 */
final class NotMedia {
    private NotMedia() {
    }

    static void check(Path file, AVFormatContext ctx) {
        String format = ctx.iformat().name().getString();
        if (format.equals("tty")) {
            throw new MediaException(file, "not a media file: it is text (FFmpeg would only show it as ANSI art).",
                    "Reelbase catalogues video, sound, pictures and PDF documents; this file was left out.");
        }
        for (int i = 0; i < ctx.nb_streams(); i++) {
            int type = ctx.streams(i).codecpar().codec_type();
            if (type == avutil.AVMEDIA_TYPE_VIDEO || type == avutil.AVMEDIA_TYPE_AUDIO) {
                return;
            }
        }
        throw new MediaException(file, "not a media file: it holds no picture and no sound (" + format + ").",
                "Subtitles and data files are kept beside their media; Reelbase catalogues video, sound, pictures and"
                        + " PDF documents.");
    }
}
