package io.reelbase.core.media;

/** The small pictures kept in the catalogue for every asset. */
public enum DerivativeKind {
    THUMBNAIL, PREVIEW, FILMSTRIP_FRAME, CONTACT_SHEET, WAVEFORM, COVER_ART
}
