package org.jdarts.core.search;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a network's parameters that take no gradient (BatchNorm running statistics), put back
 * when closed: passes made only to measure something (an eigenvalue estimate) leave no trace.
 */
final class RunningState implements AutoCloseable {

    private final List<NDArray> live = new ArrayList<>();
    private final List<NDArray> saved = new ArrayList<>();

    private RunningState() {}

    /** Copies the running state of {@code network}. */
    static RunningState save(Block network) {
        RunningState state = new RunningState();
        for (var pair : network.getParameters()) {
            Parameter p = pair.getValue();
            if (!p.requiresGradient() && p.isInitialized()) {
                state.live.add(p.getArray());
                state.saved.add(p.getArray().duplicate());
            }
        }
        return state;
    }

    @Override
    public void close() {
        for (int i = 0; i < live.size(); i++) {
            live.get(i).set(new NDIndex(":"), saved.get(i));
            saved.get(i).close();
        }
    }
}
