package io.reelbase.media.worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;

/**
 * The media worker's wire format: one JSON object per line each way.
 * Request {@code {"id":1,"op":"probe","path":"/x.mov"}}, {@code {"id":2,"op":"thumbnails","path":…,"sizes":[1280,320]}},
 * {@code "filmstrip"} (size = frame count) or {@code "proxy"} (target = output path); answer
 * {@code {"id":1,"ok":true,"result":{…}}} or {@code {"id":1,"ok":false,"error":"…","advice":"…"}}, possibly
 * after progress lines {@code {"id":1,"ok":true,"progress":0.4,"message":"…"}}.
 */
final class WorkerProtocol {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WorkerProtocol() {
    }

    /**
     * {@code size}: a waveform's width or a filmstrip's frame count; {@code height}: a waveform's height;
     * {@code target}: where a proxy goes; {@code sizes}: the long sides of {@code "thumbnails"} (one picture
     * decoded once, at each size).
     */
    record Request(long id, String op, String path, int size, int height, String target, List<Integer> sizes) {
    }

    /** A final answer, or (with {@code progress} set) a progress report before it. */
    record Response(long id, boolean ok, Map<String, Object> result, String error, String advice, Double progress,
                    String message) {
        static Response progress(long id, double fraction, String message) {
            return new Response(id, true, null, null, null, fraction, message);
        }
    }
}
