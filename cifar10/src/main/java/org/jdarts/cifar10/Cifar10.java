package org.jdarts.cifar10;

import java.util.List;
import org.jdarts.data.Augmentation;
import org.jdarts.data.ImageShape;
import org.jdarts.data.Normalization;

/** The facts of CIFAR-10's official binary layout and of the DARTS reference's preprocessing. */
public final class Cifar10 {

    /** The official class names, in label order. */
    public static final List<String> CLASS_NAMES = List.of(
            "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

    /** The training files of the official binary layout. */
    public static final List<String> TRAIN_FILES = List.of(
            "data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin");

    /** The test file of the official binary layout. */
    public static final String TEST_FILE = "test_batch.bin";

    /** Every image: 3 channels of 32×32. */
    public static final ImageShape SHAPE = new ImageShape(3, 32, 32);

    /**
     * The per-channel mean and standard deviation the DARTS reference normalises CIFAR-10 with
     * (R, G, B in [0, 1] units).
     */
    public static final Normalization NORMALIZATION = new Normalization(
            new float[] {0.4914f, 0.4822f, 0.4465f}, new float[] {0.2470f, 0.2435f, 0.2616f});

    /** Crop with 4-pixel padding and flip: the DARTS search-phase augmentation. */
    public static final Augmentation AUGMENTATION = new Augmentation(4, true, 0);

    private Cifar10() {}
}
