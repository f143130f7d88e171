package io.reelbase.media.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.Progress;
import io.reelbase.core.media.MediaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256HasherTest {
    private final Sha256Hasher hasher = new Sha256Hasher();

    @Test
    void knownVectorsAndFilesLargerThanOneChunk(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        assertThat(hasher.sha256(empty, Progress.NONE))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Path abc = Files.writeString(dir.resolve("abc"), "abc");
        assertThat(hasher.sha256(abc, Progress.NONE))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

        byte[] big = new byte[9 * 1024 * 1024 + 123];
        new Random(7).nextBytes(big);
        Path file = Files.write(dir.resolve("big.bin"), big);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big));
        assertThat(hasher.sha256(file, Progress.NONE)).isEqualTo(expected);
    }

    @Test
    void aMissingFileAndACancelledHashSaySo(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> hasher.sha256(dir.resolve("gone.mov"), Progress.NONE))
                .isInstanceOf(MediaException.class).hasMessageContaining("not there");
        Path file = Files.write(dir.resolve("f.bin"), new byte[128 * 1024 * 1024 / 16]);
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> hasher.sha256(file, cancelled)).isInstanceOf(MediaException.class)
                .hasMessageContaining("cancelled");
    }
}
