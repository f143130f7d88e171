package io.reelbase.core.media;

/** High dynamic range signalling of a video stream. */
public enum HdrFormat {
    SDR, HLG, PQ, HDR10_PLUS, DOLBY_VISION;

    /** From the transfer characteristic (and side data) of a stream. */
    public static HdrFormat of(String colorTransfer, boolean dolbyVision, boolean hdr10Plus) {
        if (dolbyVision) {
            return DOLBY_VISION;
        }
        if ("arib-std-b67".equals(colorTransfer)) {
            return HLG;
        }
        if ("smpte2084".equals(colorTransfer)) {
            return hdr10Plus ? HDR10_PLUS : PQ;
        }
        return SDR;
    }
}
