package org.jdarts.core.method.builtin;

import java.util.List;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethod;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;

/**
 * {@code pc-darts}: PC-DARTS (Xu et al., ICLR 2020). Partial channels: the mixed operations of an
 * edge see the first C/K channels of its input, the other channels bypass them (max-pooled at
 * stride 2) and the result is channel-shuffled in K groups. Edge normalisation: every node weights
 * its input edges by softmax(β) over them, and the genotype ranks edges by softmax(α)·softmax(β).
 * α and β stay frozen during the first epochs (15 of 50 in the paper: the fraction {@code warmup}).
 *
 * <p>Minimum hidden width: at C/K channels the sandglass block's bottleneck ceil(C/(K·t)) is 1
 * channel at the quick size (C 8, K 4, t 2) and 2 at the paper's (C 16): rank-1 or rank-2
 * bottlenecks. Operations with a hidden layer (inverted residual, sandglass) therefore keep at least
 * {@code min_hidden} hidden channels (default 4; the inverted residual's 6·C/K is never below it at
 * these sizes).
 */
public final class PcDarts implements SearchMethod {

    static final OperationParameter K = OperationParameter.integer("k",
            "1/k of the channels go through the mixed operations", 4, 1, 64);
    static final OperationParameter EDGE_NORMALISATION = OperationParameter.choice("edge_normalisation",
            "weight each node's input edges by softmax(beta)", "on", List.of("on", "off"));
    static final OperationParameter WARMUP = OperationParameter.real("warmup",
            "fraction of the epochs (rounded down) before the architecture is updated", 0.3, 0, 1);
    static final OperationParameter MIN_HIDDEN = OperationParameter.integer("min_hidden",
            "least hidden width of inverted residual and sandglass at C/k channels", 4, 1, 1024);

    @Override
    public String name() {
        return "pc-darts";
    }

    @Override
    public String description() {
        return "PC-DARTS (Xu et al. 2020): partial channels 1/k, edge normalisation, architecture frozen at first";
    }

    @Override
    public List<OperationParameter> parameters() {
        return List.of(K, EDGE_NORMALISATION, WARMUP, MIN_HIDDEN);
    }

    @Override
    public SearchHooks hooks(OperationArgs options) {
        int k = options.getInt(K.name());
        boolean normalise = options.getString(EDGE_NORMALISATION.name()).equals("on");
        double warmup = options.getDouble(WARMUP.name());
        int minHidden = k == 1 ? 1 : options.getInt(MIN_HIDDEN.name());
        EdgeDesign design = new EdgeDesign(k, normalise, false, minHidden);
        return new SearchHooks() {
            private int frozenEpochs;

            @Override
            public EdgeDesign edgeDesign() {
                return design;
            }

            @Override
            public void startEpoch(int epoch, int epochs, long seed, SearchNetwork network) {
                frozenEpochs = frozenEpochs(warmup, epochs);
            }

            @Override
            public boolean updatesArchitecture(int epoch) {
                return epoch >= frozenEpochs;
            }
        };
    }

    /** Returns the epochs during which the architecture stays frozen: floor(warmup·epochs). */
    static int frozenEpochs(double warmup, int epochs) {
        return (int) Math.floor(warmup * epochs + 1e-9);
    }
}
