package org.jdarts.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalizationTest {

    @Test
    void theStatisticsAreThoseOfEveryPixelOfEachChannel() {
        // two 3-channel 1×2 images: channel 0 holds 0 and 255, channel 1 always 51, channel 2 0 and 102
        byte[] pixels = {0, (byte) 255, 51, 51, 0, 102, (byte) 255, 0, 51, 51, 102, 0};
        ImageSet images = new ImageSet(new byte[] {0, 1}, pixels, new ImageShape(3, 1, 2), 2);
        Normalization n = Normalization.of(images);
        assertEquals(0.5f, n.mean()[0], 1e-6f);
        assertEquals(0.5f, n.std()[0], 1e-6f);
        assertEquals(0.2f, n.mean()[1], 1e-6f);
        assertEquals(1f, n.std()[1], "a constant channel keeps its values' scale");
        assertEquals(0.2f, n.mean()[2], 1e-6f);
        assertEquals(0.2f, n.std()[2], 1e-6f);
        assertEquals((51 / 255f - 0.2f) / 0.2f, n.normalize(2, 51), 1e-6f);
    }

    @Test
    void aConstantChannelWhoseMeanRoundsIsStillConstant() {
        byte[] pixels = new byte[3 * 4 * 3];
        java.util.Arrays.fill(pixels, (byte) 30); // 30/255 has no exact binary value
        Normalization n = Normalization.of(new ImageSet(new byte[] {0, 1, 0}, pixels, new ImageShape(3, 2, 2), 2));
        assertEquals(1f, n.std()[0]);
        assertEquals(1f, n.std()[1]);
        assertEquals(0f, n.normalize(1, 30), 1e-6f);
    }

    @Test
    void labelsAndSizesAreChecked() {
        ImageShape shape = new ImageShape(1, 2, 2);
        assertEquals("image 1 has label 3, not below 3", assertThrows(IllegalArgumentException.class,
                () -> new ImageSet(new byte[] {0, 3}, new byte[8], shape, 3)).getMessage());
        assertEquals("2 labels but 7 pixel bytes (need 4 each)", assertThrows(IllegalArgumentException.class,
                () -> new ImageSet(new byte[] {0, 1}, new byte[7], shape, 3)).getMessage());
        assertEquals("images must have 1 or 3 channels, got 4",
                assertThrows(IllegalArgumentException.class, () -> new ImageShape(4, 8, 8)).getMessage());
    }
}
