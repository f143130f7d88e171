package io.reelbase.core.media;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the probe found in one file. {@code raw} has ffprobe's shape and field names
 * ({@code format.format_name}, {@code streams[].codec_name}, …) so people and scripts can compare;
 * {@code summary} is the typed digest that the catalogue stores.
 */
public record ProbeResult(Map<String, Object> raw, TechnicalSummary summary, List<String> warnings) {
    public ProbeResult {
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
        warnings = List.copyOf(warnings);
    }
}
