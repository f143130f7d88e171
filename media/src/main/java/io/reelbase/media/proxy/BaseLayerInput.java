package io.reelbase.media.proxy;

import io.reelbase.media.DolbyVision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the proxy's decoder opens: the file itself, or for a Dolby Vision MP4 an FFmpeg URL that reads the file
 * with its sample entries' codes replaced by the base layer's ({@code dav1} read as {@code av01}), pieced together
 * with FFmpeg's concat and subfile protocols from the untouched file and four-byte files of the new codes. The
 * original is never changed; the small files go when this is closed.
 */
final class BaseLayerInput implements AutoCloseable {
    private final String url;
    private final List<Path> pieces = new ArrayList<>();

    BaseLayerInput(Path source, boolean dolbyVision) throws IOException {
        Map<Long, byte[]> patches = dolbyVision ? new TreeMap<>(DolbyVision.baseLayerEntries(source)) : Map.of();
        String path = source.toAbsolutePath().toString();
        if (patches.isEmpty() || path.contains("|")) {
            url = path;
            return;
        }
        long size = Files.size(source);
        StringBuilder concat = new StringBuilder("concat:");
        long from = 0;
        try {
            for (Map.Entry<Long, byte[]> p : patches.entrySet()) {
                Path piece = Files.createTempFile("reelbase-entry", ".bin");
                pieces.add(piece);
                Files.write(piece, p.getValue());
                concat.append(subfile(path, from, p.getKey())).append('|').append(piece.toAbsolutePath()).append('|');
                from = p.getKey() + p.getValue().length;
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        url = concat.append(subfile(path, from, size)).toString();
    }

    private static String subfile(String path, long start, long end) {
        return "subfile,,start," + start + ",end," + end + ",,:" + path;
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        for (Path p : pieces) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a four-byte temporary file; the system's temp cleaning takes it
            }
        }
    }
}
