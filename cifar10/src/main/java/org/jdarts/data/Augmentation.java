package org.jdarts.data;

/**
 * The training-time image transformations of the DARTS reference: random crop of the image's size
 * after zero padding, random horizontal flip, and optional cutout (applied after normalisation).
 *
 * @param padding zero padding before the random crop (DARTS: 4; 0 disables the crop)
 * @param flip whether to flip horizontally with probability ½
 * @param cutout side of the square zeroed by cutout (DARTS evaluation: 16; 0 disables it)
 */
public record Augmentation(int padding, boolean flip, int cutout) {

    /** No augmentation: what validation and test data get. */
    public static final Augmentation NONE = new Augmentation(0, false, 0);

    /** Crop with 4-pixel padding and flip: the DARTS search-phase augmentation. */
    public static final Augmentation STANDARD = new Augmentation(4, true, 0);

    /** Validates the values (against an image size: {@link #check}). */
    public Augmentation {
        if (padding < 0) {
            throw new IllegalArgumentException("padding must not be negative, got " + padding);
        }
        if (cutout < 0) {
            throw new IllegalArgumentException("cutout must not be negative, got " + cutout);
        }
    }

    /**
     * Checks that this augmentation fits images of {@code shape}: padding and cutout at most the
     * smaller side.
     *
     * @param shape the images' shape
     * @throws IllegalArgumentException naming the value that does not fit
     */
    public void check(ImageShape shape) {
        int side = Math.min(shape.height(), shape.width());
        if (padding > side) {
            throw new IllegalArgumentException("padding must be in [0, " + side + "] for " + shape + " images, got "
                    + padding);
        }
        if (cutout > side) {
            throw new IllegalArgumentException("cutout must be in [0, " + side + "] for " + shape + " images, got "
                    + cutout);
        }
    }

    /** Returns this augmentation with cutout of the given side. */
    public Augmentation withCutout(int side) {
        return new Augmentation(padding, flip, side);
    }
}
