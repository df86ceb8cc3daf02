package org.jdarts.core.method.builtin;

import java.util.List;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethod;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;

/**
 * {@code darts-minus}: DARTS- (Chu et al., ICLR 2021). Every mixed edge adds an auxiliary skip
 * connection β·x (β·FactorizedReduce(x) at stride 2) outside the softmax, so that the skip
 * operation no longer has to win α to let gradients through; β decays linearly over the search,
 * β = β0·(1 − e/E) in epoch e of E (their code's linear schedule), and the derived genotype is
 * read from α alone as in DARTS.
 */
public final class DartsMinus implements SearchMethod {

    static final OperationParameter BETA = OperationParameter.real("beta",
            "weight of the auxiliary skip at the first epoch (decays linearly towards 0)", 1, 0, 100);

    @Override
    public String name() {
        return "darts-minus";
    }

    @Override
    public String description() {
        return "DARTS- (Chu et al. 2021): auxiliary skip beta*x on every edge, beta decaying linearly to 0";
    }

    @Override
    public List<OperationParameter> parameters() {
        return List.of(BETA);
    }

    @Override
    public SearchHooks hooks(OperationArgs options) {
        double beta0 = options.getDouble(BETA.name());
        return new SearchHooks() {
            @Override
            public EdgeDesign edgeDesign() {
                return new EdgeDesign(1, false, true, 1);
            }

            @Override
            public void startEpoch(int epoch, int epochs, long seed, SearchNetwork network) {
                network.setAuxiliarySkipWeight(weight(beta0, epoch, epochs));
            }
        };
    }

    /** Returns β in epoch {@code epoch} of {@code epochs}: β0·(1 − epoch/epochs). */
    static double weight(double beta0, int epoch, int epochs) {
        return beta0 * (1 - (double) epoch / epochs);
    }
}
