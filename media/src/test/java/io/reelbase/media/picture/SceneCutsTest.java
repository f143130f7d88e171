package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scene-cut rule on plain pictures: no FFmpeg needed. */
class SceneCutsTest {
    private static byte[] grey(int level) {
        byte[] b = new byte[32 * 18 * 3];
        Arrays.fill(b, (byte) level);
        return b;
    }

    @Test
    void theFirstFrameAndEveryBigChangeStartAScene() {
        SceneCuts cuts = new SceneCuts(0.25, 500);
        List<Long> scenes = new ArrayList<>();
        int[] levels = {20, 22, 25, 200, 198, 201, 30, 31};
        for (int i = 0; i < levels.length; i++) {
            long ms = i * 1000L;
            if (cuts.isCut(grey(levels[i]), ms)) {
                scenes.add(ms);
            }
        }
        assertThat(scenes).containsExactly(0L, 3000L, 6000L);
    }

    @Test
    void aFlashShorterThanTheGapIsNotTwoScenes() {
        SceneCuts cuts = new SceneCuts(0.25, 500);
        assertThat(cuts.isCut(grey(10), 0)).isTrue();
        assertThat(cuts.isCut(grey(240), 1000)).as("a cut").isTrue();
        assertThat(cuts.isCut(grey(10), 1040)).as("40 ms later: a flash, not a new scene").isFalse();
        assertThat(cuts.isCut(grey(240), 1600)).as("600 ms after the last cut").isTrue();
    }

    @Test
    void aCutBetweenShotsOfEqualBrightnessShowsInTheColours() {
        byte[] red = new byte[32 * 18 * 3];
        byte[] blue = new byte[32 * 18 * 3];
        for (int i = 0; i < red.length; i += 3) {
            red[i + 2] = (byte) 255;
            blue[i] = (byte) 255;
        }
        assertThat(SceneCuts.difference(red, blue)).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        SceneCuts cuts = new SceneCuts(0.25, 500);
        cuts.isCut(red, 0);
        assertThat(cuts.isCut(blue, 1000)).isTrue();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new SceneCuts(0, 500)).isInstanceOf(IllegalArgumentException.class);
        SceneCuts cuts = new SceneCuts(0.25, 500);
        cuts.isCut(grey(1), 0);
        assertThatThrownBy(() -> cuts.isCut(new byte[3], 10)).hasMessageContaining("different sizes");
    }
}
