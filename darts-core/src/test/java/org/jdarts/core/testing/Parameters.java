package org.jdarts.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/** Test helpers for networks' parameters. */
public final class Parameters {

    private Parameters() {}

    /**
     * Copies every parameter of {@code from} into {@code to}, in order, converting to the target's
     * data type; the two must name their parameters alike.
     *
     * @param from the network copied
     * @param to an initialised network of the same structure
     */
    public static void copy(Block from, Block to) {
        List<Pair<String, Parameter>> a = new ArrayList<>();
        from.getParameters().forEach(a::add);
        List<Pair<String, Parameter>> b = new ArrayList<>();
        to.getParameters().forEach(b::add);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).getKey(), b.get(i).getKey(), "both networks name their parameters alike");
            NDArray target = b.get(i).getValue().getArray();
            target.set(new NDIndex(":"), a.get(i).getValue().getArray().toType(target.getDataType(), false));
        }
    }
}
