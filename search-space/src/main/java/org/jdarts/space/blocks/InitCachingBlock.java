package org.jdarts.space.blocks;

import ai.djl.nn.AbstractBlock;

/**
 * An {@link AbstractBlock} that remembers once it is initialised.
 *
 * <p>DJL's {@code forward} in training mode asks {@code isInitialized()}, which rebuilds the
 * block's whole parameter list (with string keys) every time. In a supernet every block forwards
 * its children, so that check grows with depth times size and cost seconds per step; a block
 * whose parameters are all initialised stays so, and this class answers from a flag after the
 * first positive check.
 */
public abstract class InitCachingBlock extends AbstractBlock {

    private boolean initialized;

    @Override
    public boolean isInitialized() {
        if (!initialized) {
            initialized = super.isInitialized();
        }
        return initialized;
    }

    @Override
    public void clear() {
        initialized = false;
        super.clear();
    }
}
