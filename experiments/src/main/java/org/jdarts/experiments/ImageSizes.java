package org.jdarts.experiments;

import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.data.ImageShape;

/** The image sizes the networks accept: checked before a run writes anything. */
final class ImageSizes {

    /** The smallest side the networks' two stride-2 reductions leave at least 2×2 of. */
    static final int MIN_SIDE = 8;

    private ImageSizes() {}

    /**
     * Checks that images of {@code shape} fit the network.
     *
     * @param shape the images' shape
     * @param auxiliaryHead whether the network has the auxiliary head (training)
     * @throws IllegalArgumentException in one line naming the size and what is needed
     */
    static void check(ImageShape shape, boolean auxiliaryHead) {
        if (shape.height() != shape.width()) {
            throw new IllegalArgumentException("images of " + shape + " are not square; the networks take square"
                    + " images (resize them to N×N)");
        }
        if (shape.height() < MIN_SIDE) {
            throw new IllegalArgumentException("images of " + shape + " are too small: the network's two reductions"
                    + " need at least " + MIN_SIDE + "×" + MIN_SIDE);
        }
        if (auxiliaryHead && shape.height() < EvalNetwork.MIN_AUXILIARY_IMAGE_SIDE) {
            throw new IllegalArgumentException("images of " + shape + " are too small for the auxiliary head (at least "
                    + EvalNetwork.MIN_AUXILIARY_IMAGE_SIDE + "×" + EvalNetwork.MIN_AUXILIARY_IMAGE_SIDE
                    + "); train with --aux-weight 0");
        }
    }
}
