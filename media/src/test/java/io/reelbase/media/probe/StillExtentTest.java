package io.reelbase.media.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Following a JPEG to its end, eight bytes at a time, finds what a byte-by-byte reading finds, for any bytes. */
class StillExtentTest {
    @Property(tries = 500)
    void theFirst0xFFIsFoundWhereverItIs(@ForAll("sparseFF") byte[] b, @ForAll @IntRange(min = 0, max = 300) int from) {
        int pos = Math.min(from, b.length);
        int expected = pos;
        while (expected < b.length && b[expected] != (byte) 0xFF) {
            expected++;
        }
        assertThat(StillExtent.nextFF(java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN), pos)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void aJpegEndsAfterItsEndMarkerWhateverItsScanHolds(@ForAll @Size(max = 2000) byte[] scan,
                                                          @ForAll @Size(max = 64) byte[] after) {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 'J', 'F'});
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2});
        for (int i = 0; i < scan.length; i++) {
            jpeg.write(scan[i]);
            if (scan[i] == (byte) 0xFF) { // stuffed, or a restart marker now and then, as encoders write them
                jpeg.write(i % 7 == 0 ? 0xD0 + i % 8 : 0x00);
            }
        }
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        int end = jpeg.size();
        jpeg.writeBytes(after);
        byte[] whole = jpeg.toByteArray();
        assertThat(StillExtent.jpegEnd(whole)).isEqualTo(end);
        byte[] cut = java.util.Arrays.copyOf(whole, end - 2);
        assertThat(StillExtent.jpegEnd(cut)).as("cut before its end marker").isEqualTo(-1);
    }

    @Provide
    Arbitrary<byte[]> sparseFF() {
        Arbitrary<Byte> bytes = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.bytes()), net.jqwik.api.Tuple.of(1, Arbitraries.just((byte) 0xFF)));
        return bytes.array(byte[].class).ofMaxSize(300);
    }
}
