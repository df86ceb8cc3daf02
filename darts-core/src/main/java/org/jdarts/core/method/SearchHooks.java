package org.jdarts.core.method;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;

/**
 * What a search method changes in the one search loop. Every hook has DARTS' behaviour as its
 * default, so a method overrides only what it changes. One instance serves one search; the loop
 * calls the hooks in this order: {@link #edgeDesign()} when the supernet is built, then per epoch
 * {@link #startEpoch}, and per step the architecture step (unless {@link #updatesArchitecture}
 * says no) with {@link #architectureTerm}, then the weight step with {@link #weightStepMixing}.
 */
public interface SearchHooks {

    /** Returns DARTS' hooks: every default. */
    static SearchHooks darts() {
        return new SearchHooks() {};
    }

    /** Returns how the supernet's edges are built (DARTS': {@link EdgeDesign#PLAIN}). */
    default EdgeDesign edgeDesign() {
        return EdgeDesign.PLAIN;
    }

    /**
     * Called before the steps of every epoch, also when a stopped run resumes inside the epoch.
     *
     * @param epoch the epoch, from 0
     * @param epochs the search's epochs
     * @param seed the search's seed (for random draws that a resumed run must repeat)
     * @param network the supernet (for example to set the auxiliary skip's weight)
     */
    default void startEpoch(int epoch, int epochs, long seed, SearchNetwork network) {}

    /**
     * Called for every step a resumed run passes over, so that random draws stay in step with an
     * uninterrupted run.
     */
    default void skipStep() {}

    /**
     * Returns whether the steps of this epoch update the architecture (DARTS: always).
     *
     * @param epoch the epoch, from 0
     */
    default boolean updatesArchitecture(int epoch) {
        return true;
    }

    /**
     * Returns a term the architecture step adds to its validation loss, or {@code null} for none.
     *
     * @param architecture the architecture parameters in the pass's graph: α_normal, α_reduce
     *     (edges × operations), then any β of edge normalisation
     * @return a scalar differentiable in the architecture parameters, or null
     */
    default NDArray architectureTerm(List<NDArray> architecture) {
        return null;
    }

    /**
     * Returns the mixing weights the weight step's forward pass uses for one cell type, from the
     * softmax of that type's α (DARTS: unchanged). The architecture step and evaluation always use
     * the softmax itself.
     *
     * @param softmax softmax(α) of one cell type, edges × operations, in the pass's manager
     * @return the weights to mix the operations with, in the same manager
     */
    default NDArray weightStepMixing(NDArray softmax) {
        return softmax;
    }
}
