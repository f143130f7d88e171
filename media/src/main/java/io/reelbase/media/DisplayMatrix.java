package io.reelbase.media;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.IntPointer;

/** A video stream's display matrix: how far the stored picture must turn, and whether it is mirrored. */
public record DisplayMatrix(int matrixRotation, boolean mirrored) {
    public static final DisplayMatrix NONE = new DisplayMatrix(0, false);

    /** Reads it from the stream's side data; {@link #NONE} when there is none. */
    public static DisplayMatrix of(AVCodecParameters par) {
        AVPacketSideData sd = avcodec.av_packet_side_data_get(par.coded_side_data(), par.nb_coded_side_data(),
                avcodec.AV_PKT_DATA_DISPLAYMATRIX);
        if (sd == null || sd.isNull() || sd.size() < 36) {
            return NONE;
        }
        IntPointer m = new IntPointer(sd.data());
        double rotation = avutil.av_display_rotation_get(m);
        long det = (long) m.get(0) * m.get(4) - (long) m.get(1) * m.get(3);
        return new DisplayMatrix(Double.isNaN(rotation) ? 0 : (int) Math.round(rotation), det < 0);
    }

    /** As ffprobe prints it: degrees counter-clockwise, e.g. -90 for a phone held upright. */
    public int matrixRotation() {
        return matrixRotation;
    }

    /** As people turn pictures: 0, 90, 180 or 270 degrees clockwise. */
    public int clockwise() {
        int cw = Math.floorMod(-matrixRotation, 360);
        return (cw + 45) / 90 * 90 % 360;
    }
}
