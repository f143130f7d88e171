package io.reelbase.media.probe;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;

/** Reads EXIF and friends from stills with metadata-extractor; videos are left alone. */
public final class ExifReader {
    private static final Set<String> STILL_FORMATS = Set.of("image2", "png_pipe", "jpeg_pipe", "webp_pipe", "tiff_pipe",
            "gif", "apng", "bmp_pipe", "heif", "avif");

    public static boolean isStillFormat(String formatName, String majorBrand) {
        return formatName != null && (STILL_FORMATS.contains(formatName) || formatName.endsWith("_pipe"))
                || majorBrand != null && Set.of("avif", "avis", "heic", "heix", "mif1", "msf1").contains(majorBrand.strip());
    }

    public Exif read(Path file) {
        Metadata md;
        try {
            md = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return Exif.NONE;
        }
        ExifIFD0Directory ifd0 = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory sub = md.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        GpsDirectory gps = md.getFirstDirectoryOfType(GpsDirectory.class);
        IccDirectory icc = md.getFirstDirectoryOfType(IccDirectory.class);
        Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        if (orientation != null && (orientation < 1 || orientation > 8)) {
            orientation = null;
        }
        String make = ifd0 == null ? null : trimmed(ifd0.getString(ExifIFD0Directory.TAG_MAKE));
        String model = ifd0 == null ? null : trimmed(ifd0.getString(ExifIFD0Directory.TAG_MODEL));
        Date taken = sub == null ? null : sub.getDateOriginal(TimeZone.getTimeZone("UTC"));
        GeoLocation where = gps == null ? null : gps.getGeoLocation();
        String profile = icc == null ? null : trimmed(icc.getString(IccDirectory.TAG_TAG_desc));
        Integer width = null;
        Integer height = null;
        for (Directory d : md.getDirectories()) {
            if (d.getName().startsWith("HEIF") || d.getName().startsWith("HEIC")) {
                width = firstInt(d, "Image Width", "Width");
                height = firstInt(d, "Image Height", "Height");
            }
        }
        boolean validPlace = where != null && !where.isZero()
                && Math.abs(where.getLatitude()) <= 90 && Math.abs(where.getLongitude()) <= 180;
        return new Exif(orientation, make, model, taken == null ? null : Instant.ofEpochMilli(taken.getTime()),
                validPlace ? where.getLatitude() : null, validPlace ? where.getLongitude() : null, profile, width, height);
    }

    private static Integer firstInt(Directory d, String... names) {
        for (var tag : d.getTags()) {
            for (String name : names) {
                if (tag.getTagName().equalsIgnoreCase(name)) {
                    Integer v = d.getInteger(tag.getTagType());
                    if (v != null && v > 0) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
