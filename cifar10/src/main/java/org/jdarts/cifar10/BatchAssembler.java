package org.jdarts.cifar10;

import java.util.SplittableRandom;

/**
 * Turns images of an {@link ImageSet} into a normalised, augmented float batch in N×3×32×32
 * order: what a training step consumes. Pure Java on primitive arrays, so that assembling a
 * batch costs a small fraction of a training step.
 */
public final class BatchAssembler {

    private static final int S = ImageSet.SIDE;
    private static final int PLANE = S * S;

    private final ImageSet images;
    private final Augmentation augmentation;

    /**
     * Creates an assembler.
     *
     * @param images the source images
     * @param augmentation the transformations to apply
     */
    public BatchAssembler(ImageSet images, Augmentation augmentation) {
        this.images = images;
        this.augmentation = augmentation;
    }

    /**
     * Fills {@code out} (length ≥ n·3072) and {@code labels} with the images {@code indices[from ..
     * from+n)}, each transformed with random choices drawn from {@code random}.
     *
     * @param indices image indices
     * @param from first position in {@code indices}
     * @param n number of images
     * @param random the random source (the batch is reproducible from its seed)
     * @param out receives the pixels
     * @param labels receives the labels
     */
    public void assemble(int[] indices, int from, int n, SplittableRandom random, float[] out, int[] labels) {
        for (int b = 0; b < n; b++) {
            int image = indices[from + b];
            labels[b] = images.label(image);
            int pad = augmentation.padding();
            int dy = pad == 0 ? 0 : random.nextInt(2 * pad + 1) - pad;
            int dx = pad == 0 ? 0 : random.nextInt(2 * pad + 1) - pad;
            boolean flip = augmentation.flip() && random.nextBoolean();
            copyImage(image, dy, dx, flip, out, b * ImageSet.IMAGE_BYTES);
            if (augmentation.cutout() > 0) {
                cutout(out, b * ImageSet.IMAGE_BYTES, random.nextInt(S), random.nextInt(S), augmentation.cutout());
            }
        }
    }

    /**
     * Writes the crop of the zero-padded image whose top-left corner is offset by (dy, dx) from
     * the original's, optionally mirrored, normalised. Padding pixels are black (0) before
     * normalisation, as torchvision's RandomCrop pads the unnormalised image.
     */
    private void copyImage(int image, int dy, int dx, boolean flip, float[] out, int offset) {
        byte[] pixels = images.pixels();
        int base = image * ImageSet.IMAGE_BYTES;
        for (int c = 0; c < ImageSet.CHANNELS; c++) {
            float black = Normalization.normalize(c, 0);
            int plane = offset + c * PLANE;
            for (int y = 0; y < S; y++) {
                int sy = y + dy;
                int row = plane + y * S;
                if (sy < 0 || sy >= S) {
                    java.util.Arrays.fill(out, row, row + S, black);
                    continue;
                }
                int srcRow = base + c * PLANE + sy * S;
                for (int x = 0; x < S; x++) {
                    int sx = (flip ? S - 1 - x : x) + dx;
                    out[row + x] = sx < 0 || sx >= S ? black : Normalization.normalize(c, pixels[srcRow + sx] & 0xFF);
                }
            }
        }
    }

    /** Zeroes a side×side square centred at (cy, cx), clipped to the image, in every channel. */
    static void cutout(float[] out, int offset, int cy, int cx, int side) {
        int y1 = Math.max(0, cy - side / 2);
        int y2 = Math.min(S, cy + side / 2);
        int x1 = Math.max(0, cx - side / 2);
        int x2 = Math.min(S, cx + side / 2);
        for (int c = 0; c < ImageSet.CHANNELS; c++) {
            for (int y = y1; y < y2; y++) {
                int row = offset + c * PLANE + y * S;
                java.util.Arrays.fill(out, row + x1, row + x2, 0f);
            }
        }
    }
}
