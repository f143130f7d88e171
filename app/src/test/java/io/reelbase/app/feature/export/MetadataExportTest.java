package io.reelbase.app.feature.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MetadataExportTest {
    private static Asset asset(String title, String description, Map<String, Object> fields) {
        return new Asset(UUID.randomUUID(), title, description, AssetType.VIDEO, AssetStatus.PROCESSED, ReviewStatus.APPROVED,
                SourceSystem.USER_UPLOAD, null, "a".repeat(64), 1024L, "clip.mov", "video/quicktime", 5000L, null, null, null,
                fields, Map.of(), Map.of(), 3, UUID.randomUUID(), false, StorageTier.HOT, null, Instant.parse("2026-11-23T10:00:00Z"),
                Instant.parse("2026-11-23T11:00:00Z"), null, null, null, List.of("harbour", "night"));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
        StringWriter out = new StringWriter();
        MetadataExport.csv(List.of(asset("Harbour, \"dawn\"", "two\nlines", Map.of("take", 3)), asset("=HYPERLINK(\"x\")", null, Map.of())), out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("id,title,description,type");
        assertThat(out.toString()).contains(",\"Harbour, \"\"dawn\"\"\",\"two\nlines\",VIDEO,PROCESSED,APPROVED,");
        assertThat(out.toString()).contains(",harbour; night,\"{\"\"take\"\":3}\",");
        assertThat(out.toString()).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheSameFields() throws Exception {
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        MetadataExport.json(List.of(asset("Harbour", null, Map.of("take", 3))), out);
        var tree = new ObjectMapper().readTree(out.toString());
        assertThat(tree.isArray()).isTrue();
        assertThat(tree.get(0).get("title").asText()).isEqualTo("Harbour");
        assertThat(tree.get(0).get("custom_fields").get("take").asInt()).isEqualTo(3);
        assertThat(tree.get(0).get("created_at").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(tree.get(0).get("tags")).extracting(com.fasterxml.jackson.databind.JsonNode::asText).containsExactly("harbour", "night");
        assertThat(tree.get(0).get("version").asLong()).isEqualTo(3);
        assertThat(closed[0]).as("the caller's writer is left open for the caller to close").isFalse();
    }
}
