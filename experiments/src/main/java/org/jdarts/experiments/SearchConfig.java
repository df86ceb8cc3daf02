package org.jdarts.experiments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;
import org.jdarts.core.method.ConfiguredMethod;
import org.jdarts.core.method.SearchMethodRegistry;
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
 * @param method the search method ({@code jdarts methods}); null or absent for {@code darts}
 * @param methodOptions every option of the method with its value (defaults filled in); absent when
 *     there are none
 * @param hessianEvery estimate the dominant Hessian eigenvalue after every k-th epoch and the last;
 *     0 (absent) never
 * @param earlyStopSkips end the search once the derived normal cell holds this many skip
 *     connections, keeping the genotype of the epoch before (DARTS+); 0 (absent) never
 */
public record SearchConfig(
        String space, String preset, int channels, int layers, int epochs, int batchSize, int trainImages,
        int valImages, int evalImages, double splitPortion, long seed, String order, double lr, double lrMin,
        double momentum, double weightDecay, double gradClip, double archLr, double archWeightDecay,
        @JsonInclude(JsonInclude.Include.NON_NULL) String method,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> methodOptions,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int hessianEvery,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int earlyStopSkips)
        implements RunConfig {

    /**
     * Validates every value; each message starts with the name of the field at fault. DARTS with
     * no monitors is written as before methods existed (no method fields), so that its
     * configuration, and fingerprint, are those of runs made then.
     */
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
        String name = method == null ? SearchMethodRegistry.DEFAULT : method;
        ConfiguredMethod configured = SearchMethodRegistry.load().configure(name,
                methodOptions == null ? Map.of() : methodOptions);
        Map<String, Object> resolved = new TreeMap<>(configured.options().asMap());
        method = name.equals(SearchMethodRegistry.DEFAULT) && resolved.isEmpty() ? null : name;
        methodOptions = resolved.isEmpty() ? null : resolved;
        int k = configured.hooks().edgeDesign().partialChannels();
        require(channels % k == 0, "channels " + channels + " must be a multiple of " + k + ": method " + name
                + " passes 1/" + k + " of every cell's channels through its mixed operations (its option k)");
        require(hessianEvery >= 0, "hessianEvery must be 0 (never) or a positive number of epochs, got "
                + hessianEvery);
        require(earlyStopSkips >= 0 && earlyStopSkips <= 8, "earlyStopSkips must be 0 (off) or 1 to 8 skips, got "
                + earlyStopSkips);
    }

    /** A DARTS search without monitors (the configuration of runs made before methods existed). */
    public SearchConfig(String space, String preset, int channels, int layers, int epochs, int batchSize,
            int trainImages, int valImages, int evalImages, double splitPortion, long seed, String order, double lr,
            double lrMin, double momentum, double weightDecay, double gradClip, double archLr,
            double archWeightDecay) {
        this(space, preset, channels, layers, epochs, batchSize, trainImages, valImages, evalImages, splitPortion,
                seed, order, lr, lrMin, momentum, weightDecay, gradClip, archLr, archWeightDecay, null, null, 0, 0);
    }

    /**
     * Returns this configuration with another search method.
     *
     * @param name the method's name
     * @param options option values (numbers or strings); missing ones take their defaults
     * @return the new configuration
     * @throws IllegalArgumentException naming the method or option at fault
     */
    public SearchConfig withMethod(String name, Map<String, ?> options) {
        return new SearchConfig(space, preset, channels, layers, epochs, batchSize, trainImages, valImages,
                evalImages, splitPortion, seed, order, lr, lrMin, momentum, weightDecay, gradClip, archLr,
                archWeightDecay, name, Map.copyOf(options), hessianEvery, earlyStopSkips);
    }

    /**
     * Returns this configuration with other monitors.
     *
     * @param everyK estimate the Hessian's eigenvalue every k epochs (0 never)
     * @param stopAtSkips early stop at this many skips in the normal cell (0 never)
     * @return the new configuration
     */
    public SearchConfig withMonitors(int everyK, int stopAtSkips) {
        return new SearchConfig(space, preset, channels, layers, epochs, batchSize, trainImages, valImages,
                evalImages, splitPortion, seed, order, lr, lrMin, momentum, weightDecay, gradClip, archLr,
                archWeightDecay, method, methodOptions, everyK, stopAtSkips);
    }

    /** Returns the search method's name ({@code darts} when absent). */
    @JsonIgnore
    public String methodName() {
        return method == null ? SearchMethodRegistry.DEFAULT : method;
    }

    /** Returns the search method with its options. */
    @JsonIgnore
    public ConfiguredMethod configuredMethod() {
        return SearchMethodRegistry.load().configure(methodName(), methodOptions == null ? Map.of() : methodOptions);
    }

    /** Returns the supernet's shape for {@code classes} classes. */
    public NetworkShape shape(int classes) {
        return new NetworkShape(channels, layers, classes);
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
