package org.jdarts.space;

import ai.djl.nn.Block;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdarts.space.blocks.ReluThen;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;
import org.jdarts.space.op.RegisteredOperation;

/**
 * One entry of a search space: a registered operation with its parameter values.
 *
 * @param registered the operation and its source
 * @param args the validated parameter values
 */
public record CandidateOperation(RegisteredOperation registered, OperationArgs args) {

    /** Returns a candidate with the operation's default parameter values. */
    public static CandidateOperation withDefaults(RegisteredOperation registered) {
        return new CandidateOperation(registered, OperationArgs.defaults(registered.operation()));
    }

    /** Returns the operation's name. */
    public String name() {
        return registered.name();
    }

    /** Returns the operation. */
    public Operation operation() {
        return registered.operation();
    }

    /** Returns the operation's traits at {@code stride}. */
    public Set<OperationTrait> traits(int stride) {
        return operation().traits(stride);
    }

    /** Returns whether the operation has {@code trait} at {@code stride}. */
    public boolean has(OperationTrait trait, int stride) {
        return traits(stride).contains(trait);
    }

    /**
     * Creates the whole operation: with {@link OperationTrait#RELU_INPUT}, a ReLU followed by the
     * block the operation creates.
     *
     * @param channels input and output channels
     * @param stride 1 or 2
     * @param affine evaluation form ({@code true}) or search form ({@code false})
     * @return a new, uninitialised block
     */
    public Block create(int channels, int stride, boolean affine) {
        Block body = createBody(channels, stride, affine);
        return has(OperationTrait.RELU_INPUT, stride) ? new ReluThen(body) : body;
    }

    /**
     * Creates the block the operation builds, without the leading ReLU that
     * {@link OperationTrait#RELU_INPUT} asks jdarts to apply (a supernet feeds it a ReLU computed
     * once per node).
     *
     * @param channels input and output channels
     * @param stride 1 or 2
     * @param affine evaluation form or search form
     * @return a new, uninitialised block
     */
    public Block createBody(int channels, int stride, boolean affine) {
        return createBody(channels, stride, affine, 1);
    }

    /**
     * Creates the block the operation builds (without the leading ReLU of
     * {@link OperationTrait#RELU_INPUT}), with a floor on its hidden width.
     *
     * @param channels input and output channels
     * @param stride 1 or 2
     * @param affine evaluation form or search form
     * @param minHiddenWidth the least hidden width (see {@link OperationContext#minHiddenWidth()})
     * @return a new, uninitialised block
     */
    public Block createBody(int channels, int stride, boolean affine, int minHiddenWidth) {
        return operation().create(new OperationContext(channels, stride, affine, args, minHiddenWidth));
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
