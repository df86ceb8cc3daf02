package org.jdarts.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10Reader;
import org.jdarts.cifar10.testing.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImageDatasetTest {

    private static ImageSet train;

    @BeforeAll
    static void load() throws Exception {
        train = Cifar10Reader.read(SampleData.sampleDir(), true).train();
    }

    private static List<float[]> epoch(ImageDataset dataset) {
        List<float[]> batches = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            for (Batch batch : dataset.getData(manager)) {
                batches.add(batch.getData().head().toFloatArray());
                batch.close();
            }
        }
        return batches;
    }

    @Test
    void batchesHaveTheExpectedShapesAndTypes() {
        ImageDataset ds = ImageDataset.builder().setImages(train).setNormalization(Cifar10.NORMALIZATION)
                .setBatchSize(64).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            int n = 0;
            for (Batch batch : ds.getData(manager)) {
                long size = n < 7 ? 64 : 500 - 7 * 64;
                assertEquals(new Shape(size, 3, 32, 32), batch.getData().head().getShape());
                assertEquals(DataType.INT32, batch.getLabels().head().getDataType());
                batch.close();
                n++;
            }
            assertEquals(8, n);
            assertEquals(8, ds.batchCount());
        }
    }

    @Test
    void unaugmentedPixelsAreNormalisedWithTheDartsStatistics() {
        ImageDataset ds = ImageDataset.builder().setImages(train).setNormalization(Cifar10.NORMALIZATION).setBatchSize(2).build();
        float[] first = epoch(ds).get(0);
        assertEquals((train.pixel(0, 0, 0, 0) / 255f - 0.4914f) / 0.2470f, first[0], 1e-6f);
        assertEquals((train.pixel(0, 1, 5, 7) / 255f - 0.4822f) / 0.2435f, first[1024 + 5 * 32 + 7], 1e-6f);
    }

    @Test
    void anEpochIsReproducibleAndEpochsDiffer() {
        ImageDataset ds = ImageDataset.builder().setImages(train).setNormalization(Cifar10.NORMALIZATION)
                .setBatchSize(50).optShuffle(true).optAugmentation(Augmentation.STANDARD.withCutout(16)).optSeed(11).build();
        List<float[]> a = epoch(ds.forEpoch(3));
        List<float[]> b = epoch(ds.forEpoch(3));
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
        }
        assertFalse(Arrays.equals(a.get(0), epoch(ds.forEpoch(4)).get(0)));
    }

    @Test
    void flipMirrorsAndPaddingIsBlack() {
        BatchAssembler plain = new BatchAssembler(train, Cifar10.NORMALIZATION, Augmentation.NONE);
        float[] original = new float[3072];
        plain.assemble(new int[] {0}, 0, 1, new SplittableRandom(1), original, new int[1]);
        // Find a seed whose draw gives a flip with no shift, and one that shifts.
        boolean sawFlip = false;
        boolean sawPadding = false;
        for (int seed = 0; seed < 5000 && !(sawFlip && sawPadding); seed++) {
            float[] out = new float[3072];
            new BatchAssembler(train, Cifar10.NORMALIZATION, new Augmentation(4, true, 0))
                    .assemble(new int[] {0}, 0, 1, new SplittableRandom(seed), out, new int[1]);
            SplittableRandom replay = new SplittableRandom(seed);
            int dy = replay.nextInt(9) - 4;
            int dx = replay.nextInt(9) - 4;
            boolean flip = replay.nextBoolean();
            if (dy == 0 && dx == 0 && flip) {
                for (int y = 0; y < 32; y++) {
                    for (int x = 0; x < 32; x++) {
                        assertEquals(original[y * 32 + 31 - x], out[y * 32 + x]);
                    }
                }
                sawFlip = true;
            }
            if (dy == -4) {
                assertEquals(Cifar10.NORMALIZATION.normalize(0, 0), out[0]); // top rows come from the padding
                sawPadding = true;
            }
        }
        assertTrue(sawFlip && sawPadding);
    }

    @Test
    void cutoutZeroesAClippedSquare() {
        float[] img = new float[3072];
        Arrays.fill(img, 1f);
        // centred on the corner: an 8×8 square survives clipping
        new BatchAssembler(train, Cifar10.NORMALIZATION, Augmentation.NONE).cutout(img, 0, 0, 0, 16);
        int zeros = 0;
        for (float v : img) {
            zeros += v == 0f ? 1 : 0;
        }
        assertEquals(3 * 8 * 8, zeros);
        assertEquals(0f, img[7 * 32 + 7]);
        assertEquals(1f, img[8 * 32 + 8]);
    }
}
