package io.reelbase.app.feature.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.reelbase.core.asset.Asset;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes assets' metadata as CSV (RFC 4180, one row per asset) or JSON (an array of objects). */
public final class MetadataExport {
    /** The columns, in order; in CSV, tags are one cell separated by "; ", custom fields and operational tags JSON text. */
    public static final List<String> COLUMNS = List.of("id", "title", "description", "type", "status", "review_status",
            "source", "file_name", "mime_type", "file_size", "duration_ms", "sha256", "recorded_at", "created_at",
            "updated_at", "version", "tags", "custom_fields", "operational_tags");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // the caller owns the writer (it may be standard output)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private MetadataExport() {
    }

    public static Map<String, Object> row(Asset a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().toString());
        m.put("title", a.title());
        m.put("description", a.description());
        m.put("type", a.type().name());
        m.put("status", a.status().name());
        m.put("review_status", a.reviewStatus().name());
        m.put("source", a.sourceSystem() == null ? null : a.sourceSystem().name());
        m.put("file_name", a.originalFilename());
        m.put("mime_type", a.mimeType());
        m.put("file_size", a.fileSize());
        m.put("duration_ms", a.durationMs());
        m.put("sha256", a.fileHash());
        m.put("recorded_at", a.recordedAt() == null ? null : a.recordedAt().toString());
        m.put("created_at", a.createdAt() == null ? null : a.createdAt().toString());
        m.put("updated_at", a.updatedAt() == null ? null : a.updatedAt().toString());
        m.put("version", a.version());
        m.put("tags", a.tags());
        m.put("custom_fields", a.customFields());
        m.put("operational_tags", a.operationalTags());
        return m;
    }

    public static void csv(List<Asset> assets, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        for (Asset a : assets) {
            Map<String, Object> r = row(a);
            List<String> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                Object v = r.get(c);
                cells.add(cell(v instanceof Map<?, ?> map ? (map.isEmpty() ? "" : JSON.writeValueAsString(map))
                        : v instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList()) : v));
            }
            out.write(String.join(",", cells));
            out.write("\r\n");
        }
        out.flush();
    }

    public static void json(List<Asset> assets, Writer out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, assets.stream().map(MetadataExport::row).toList());
    }

    /** One CSV cell, safe to open in a spreadsheet (formula-looking text is not run). */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // Formula-looking text is quoted with a leading apostrophe so spreadsheets show it instead of running it.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
