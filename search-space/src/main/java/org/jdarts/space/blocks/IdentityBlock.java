package org.jdarts.space.blocks;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** The identity: {@code skip_connect} at stride 1. */
public final class IdentityBlock extends InitCachingBlock {

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return inputs;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
