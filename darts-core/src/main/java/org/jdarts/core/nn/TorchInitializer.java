package org.jdarts.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

/**
 * PyTorch's default initialisation of convolution and linear weights,
 * {@code kaiming_uniform_(a=sqrt(5))}: uniform in ±1/√fan_in, where fan_in is the input channels
 * (per group) times the kernel area.
 */
public final class TorchInitializer implements Initializer {

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        long fanIn = 1;
        for (int i = 1; i < shape.dimension(); i++) {
            fanIn *= shape.get(i);
        }
        float bound = (float) (1.0 / Math.sqrt(Math.max(1, fanIn)));
        return manager.randomUniform(-bound, bound, shape, dataType);
    }
}
