package org.jdarts.space.blocks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * DJL's {@link ai.djl.nn.convolutional.Conv2d} computed by {@link Convolutions#conv2d}: told the
 * memory layout of its network ({@link Convolutions#setMemoryLayout}), it avoids the libtorch
 * kernels that get channels-last gradients wrong. It keeps DJL's class name because DJL names a
 * block's parameters after its class ({@code 01Conv2d_weight}), so parameter names and
 * checkpoints stay those of DJL's block.
 */
public final class Conv2d extends ai.djl.nn.convolutional.Conv2d {

    private MemoryLayout layout = MemoryLayout.AUTO;

    Conv2d(ai.djl.nn.convolutional.Conv2d.Builder builder) {
        super(builder);
    }

    /** Sets the layout the network keeps its activations in (default {@link MemoryLayout#AUTO}). */
    void setMemoryLayout(MemoryLayout layout) {
        this.layout = layout;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray w = store.getValue(weight, device, training);
        NDArray b = includeBias ? store.getValue(bias, device, training) : null;
        return new NDList(Convolutions.conv2d(x, layout, w, b, stride, padding, dilation, groups));
    }
}
