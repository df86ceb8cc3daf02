package org.jdarts.space;

import ai.djl.nn.Block;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.RegisteredOperation;

/**
 * One entry of a search space: a registered operation with its parameter values.
 *
 * @param registered the operation and its source
 * @param args the validated parameter values
 */
public record CandidateOperation(RegisteredOperation registered, OperationArgs args) {

    /** Returns the operation's name. */
    public String name() {
        return registered.name();
    }

    /** Returns the operation. */
    public Operation operation() {
        return registered.operation();
    }

    /**
     * Creates a block of this operation.
     *
     * @param channels input and output channels
     * @param stride 1 or 2
     * @param affine evaluation form ({@code true}) or search form ({@code false})
     * @return a new, uninitialised block
     */
    public Block create(int channels, int stride, boolean affine) {
        return operation().create(new OperationContext(channels, stride, affine, args));
    }

    /** Returns the JSON form: the name alone, or an object with {@code op} and the parameters. */
    public Object toJson() {
        if (args.asMap().isEmpty()) {
            return name();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("op", name());
        json.putAll(args.asMap());
        return json;
    }
}
