package org.jdarts.core.method.builtin;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethod;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.blocks.Scalars;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;

/**
 * {@code beta-darts}: β-DARTS (Ye et al., CVPR 2022), Beta-Decay regularisation. The architecture
 * step minimises the validation loss plus λ times the mean over all edges (normal and reduction)
 * of logsumexp(α_edge), λ growing linearly with the epoch, λ = λ0 + slope·e (their code: 0 +
 * 50·e/100, i.e. slope 0.5).
 */
public final class BetaDarts implements SearchMethod {

    static final OperationParameter LAMBDA_START = OperationParameter.real("lambda_start",
            "regularisation weight in the first epoch", 0, 0, 1000);
    static final OperationParameter LAMBDA_SLOPE = OperationParameter.real("lambda_slope",
            "growth of the weight per epoch", 0.5, 0, 1000);

    @Override
    public String name() {
        return "beta-darts";
    }

    @Override
    public String description() {
        return "beta-DARTS (Ye et al. 2022): architecture loss + lambda*mean logsumexp(alpha), lambda linear in epoch";
    }

    @Override
    public List<OperationParameter> parameters() {
        return List.of(LAMBDA_START, LAMBDA_SLOPE);
    }

    @Override
    public SearchHooks hooks(OperationArgs options) {
        return new Regulariser(options.getDouble(LAMBDA_START.name()), options.getDouble(LAMBDA_SLOPE.name()));
    }

    /** The hooks: λ of the epoch and the term. */
    static final class Regulariser implements SearchHooks {

        private final double start;
        private final double slope;
        private double lambda;

        Regulariser(double start, double slope) {
            this.start = start;
            this.slope = slope;
            this.lambda = start;
        }

        /** Returns the current weight λ. */
        double lambda() {
            return lambda;
        }

        @Override
        public void startEpoch(int epoch, int epochs, long seed, SearchNetwork network) {
            lambda = start + slope * epoch;
        }

        @Override
        public NDArray architectureTerm(List<NDArray> architecture) {
            if (lambda == 0) {
                return null;
            }
            return Scalars.times(term(architecture.subList(0, 2)), lambda);
        }

        /** Returns the mean over the rows of every α of logsumexp of the row. */
        static NDArray term(List<NDArray> alphas) {
            NDArray sum = null;
            long rows = 0;
            for (NDArray alpha : alphas) {
                NDArray lse = alpha.logSoftmax(1).neg().add(alpha).get(":, 0").sum();
                sum = sum == null ? lse : sum.add(lse);
                rows += alpha.getShape().get(0);
            }
            return Scalars.dividedBy(sum, rows);
        }
    }
}
