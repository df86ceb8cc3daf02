package org.jdarts.experiments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.search.SearchHyperparameters;
import org.jdarts.core.search.SearchOrder;

/**
 * The resolved configuration of a search: what {@code config.json} holds and what a resumed run
 * must match.
 *
 * @param space the search space's name or file, as given
 * @param preset the preset the values started from
 * @param channels C
 * @param layers L
 * @param epochs search epochs
 * @param batchSize images per batch
 * @param trainImages search-train images used
 * @param valImages search-validation images used by architecture steps
 * @param evalImages search-validation images used by end-of-epoch validation
 * @param splitPortion fraction of the training set in the search-train half
 * @param seed seed of initialisation, split, order and augmentation
 * @param order first or second order
 * @param lr initial weight learning rate
 * @param lrMin cosine floor
 * @param momentum SGD momentum
 * @param weightDecay SGD weight decay
 * @param gradClip global gradient-norm bound
 * @param archLr Adam learning rate for α
 * @param archWeightDecay Adam weight decay for α
 */
public record SearchConfig(
        String space, String preset, int channels, int layers, int epochs, int batchSize, int trainImages,
        int valImages, int evalImages, double splitPortion, long seed, String order, double lr, double lrMin,
        double momentum, double weightDecay, double gradClip, double archLr, double archWeightDecay)
        implements RunConfig {

    /** Validates every value; each message starts with the name of the field at fault. */
    public SearchConfig {
        new NetworkShape(channels, layers, 10);
        require(epochs >= 1, "epochs must be at least 1, got " + epochs);
        require(batchSize >= 1, "batchSize must be at least 1, got " + batchSize);
        require(trainImages >= batchSize, "trainImages must be at least the batch size, got " + trainImages);
        require(valImages >= batchSize, "valImages must be at least the batch size, got " + valImages);
        require(evalImages >= 1, "evalImages must be at least 1, got " + evalImages);
        require(splitPortion > 0 && splitPortion < 1, "splitPortion must be in (0, 1), got " + splitPortion);
        SearchOrder.parse(order);
        hyperparameters(order, lr, lrMin, momentum, weightDecay, gradClip, archLr, archWeightDecay);
    }

    /** Returns the supernet's shape (10 classes). */
    public NetworkShape shape() {
        return new NetworkShape(channels, layers, 10);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static SearchHyperparameters hyperparameters(String order, double lr, double lrMin, double momentum,
            double weightDecay, double gradClip, double archLr, double archWeightDecay) {
        SearchHyperparameters ref = SearchHyperparameters.reference(SearchOrder.parse(order));
        return new SearchHyperparameters(lr, lrMin, momentum, weightDecay, gradClip, archLr, ref.archBeta1(),
                ref.archBeta2(), archWeightDecay, SearchOrder.parse(order));
    }

    /** Returns the optimisation settings. */
    public SearchHyperparameters hyperparameters() {
        return hyperparameters(order, lr, lrMin, momentum, weightDecay, gradClip, archLr, archWeightDecay);
    }

    /** Returns a SHA-256 prefix of the configuration: a checkpoint is only resumed by the same configuration. */
    @JsonIgnore
    public String fingerprint() {
        return Fingerprint.of(this);
    }
}
