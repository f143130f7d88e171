package io.reelbase.media;

import io.reelbase.core.media.Orientation;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.IntPointer;

/**
 * A display matrix as FFmpeg hands it over (a video track's {@code tkhd} matrix, or HEIF {@code irot}/{@code imir}
 * turned into one): the transform read from the matrix itself, rotation and reflection, and the rotation angle
 * ffprobe prints.
 */
public record DisplayMatrix(Orientation orientation, int matrixRotation) {

    /** The stream's display matrix, or null when it has none. */
    public static DisplayMatrix of(AVCodecParameters par) {
        return of(par.coded_side_data(), par.nb_coded_side_data());
    }

    /** The display matrix among {@code count} side data entries, or null when there is none. */
    public static DisplayMatrix of(AVPacketSideData all, int count) {
        if (all == null || all.isNull() || count <= 0) {
            return null;
        }
        AVPacketSideData sd = avcodec.av_packet_side_data_get(all, count, avcodec.AV_PKT_DATA_DISPLAYMATRIX);
        if (sd == null || sd.isNull() || sd.size() < 36) {
            return null;
        }
        IntPointer m = new IntPointer(sd.data());
        double rotation = avutil.av_display_rotation_get(m);
        Orientation o = Orientation.ofMatrix(m.get(0), m.get(1), m.get(3), m.get(4));
        return new DisplayMatrix(o, Double.isNaN(rotation) ? 0 : (int) Math.round(rotation));
    }

    /** The transform of a stream, upright when it has no matrix. */
    public static Orientation orientation(AVCodecParameters par) {
        DisplayMatrix dm = of(par);
        return dm == null ? Orientation.UPRIGHT : dm.orientation();
    }
}
