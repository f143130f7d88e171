package io.reelbase.media.worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/**
 * The media worker's wire format: one JSON object per line each way.
 * Request {@code {"id":1,"op":"probe","path":"/x.mov"}} or {@code {"id":2,"op":"thumbnail","path":…,"size":320}};
 * answer {@code {"id":1,"ok":true,"result":{…}}} or {@code {"id":1,"ok":false,"error":"…","advice":"…"}}.
 */
final class WorkerProtocol {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WorkerProtocol() {
    }

    record Request(long id, String op, String path, int size) {
    }

    record Response(long id, boolean ok, Map<String, Object> result, String error, String advice) {
    }
}
