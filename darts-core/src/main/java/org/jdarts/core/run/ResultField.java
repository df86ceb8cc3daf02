package org.jdarts.core.run;

/** The fields of a finished training run's {@value RunDirectory#RESULTS}, by their JSON names. */
public enum ResultField {
    /** Test accuracy after the last epoch, in [0, 1]. */
    TEST_ACCURACY("test_accuracy"),
    /** Test error after the last epoch: 1 − accuracy. */
    TEST_ERROR("test_error"),
    /** Mean test cross-entropy after the last epoch. */
    TEST_LOSS("test_loss"),
    /** The number of test images. */
    TEST_IMAGES("test_images"),
    /** Trainable parameters of the network, auxiliary head excluded. */
    PARAMETERS("parameters");

    private final String key;

    ResultField(String key) {
        this.key = key;
    }

    /** Returns the JSON name ({@code test_error}). */
    public String key() {
        return key;
    }

    /** Returns the JSON name. */
    @Override
    public String toString() {
        return key;
    }
}
