package io.reelbase.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.Bytes;
import io.reelbase.core.asset.StorageTier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StorageRootTest {
    @Test
    void aRootHoldsOnlyWhatLiesInsideItsFolder() {
        StorageRoot vault = new StorageRoot(null, " Vault ", Path.of("/srv/vault"), StorageTier.COLD, null, null);
        assertThat(vault.name()).isEqualTo("Vault");
        assertThat(vault.holds(Path.of("/srv/vault/clips/a.mov"))).isTrue();
        assertThat(vault.holds(Path.of("/srv/vault/../elsewhere/a.mov"))).as("a path that climbs out").isFalse();
        assertThat(vault.holds(Path.of("/srv/vaulted/a.mov"))).as("a folder that only starts the same").isFalse();
        assertThatThrownBy(() -> new StorageRoot(null, "x", Path.of("relative"), StorageTier.HOT, null, null)).hasMessageContaining("absolute");
        assertThatThrownBy(() -> new StorageRoot(null, "x", Path.of("/a"), StorageTier.HOT, 0L, null)).hasMessageContaining("capacity");
    }

    @Test
    void sizesAreReadAsPeopleWriteThem() {
        assertThat(Bytes.parse("500G")).isEqualTo(500L * 1024 * 1024 * 1024);
        assertThat(Bytes.parse("1.5 TB")).isEqualTo((long) (1.5 * 1024L * 1024 * 1024 * 1024));
        assertThat(Bytes.parse("2048")).isEqualTo(2048);
        assertThat(Bytes.parse("4k")).isEqualTo(4096);
        assertThatThrownBy(() -> Bytes.parse("lots")).hasMessageContaining("write it as 500G, 1.5T or a number of bytes");
        assertThatThrownBy(() -> Bytes.parse("0")).hasMessageContaining("not a usable size");
    }
}
