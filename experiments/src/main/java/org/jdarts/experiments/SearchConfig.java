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
import org.jdarts.space.ConfigException;

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

    /** The default fraction of the training set in the search-train half (the reference's). */
    public static final double DEFAULT_SPLIT_PORTION = 0.5;

    /** The default seed (the reference's). */
    public static final long DEFAULT_SEED = 2;

    /** The default Adam learning rate of α (the reference's). */
    public static final double DEFAULT_ARCH_LR = 3e-4;

    /** The default Adam weight decay of α (the reference's). */
    public static final double DEFAULT_ARCH_WEIGHT_DECAY = 1e-3;

    /**
     * Validates every value; each message starts with the name of the field at fault. DARTS with
     * no monitors is written as before methods existed (no method fields), so that its
     * configuration, and fingerprint, are those of runs made then.
     */
    public SearchConfig {
        NetworkShape.check(channels, layers);
        require(epochs >= 1, "epochs", "must be at least 1, got " + epochs);
        require(batchSize >= 1, "batchSize", "must be at least 1, got " + batchSize);
        require(trainImages >= batchSize, "trainImages", "must be at least the batch size, got " + trainImages);
        require(valImages >= batchSize, "valImages", "must be at least the batch size, got " + valImages);
        require(evalImages >= 1, "evalImages", "must be at least 1, got " + evalImages);
        require(splitPortion > 0 && splitPortion < 1, "splitPortion", "must be in (0, 1), got " + splitPortion);
        SearchOrder.parse(order);
        hyperparameters(order, lr, lrMin, momentum, weightDecay, gradClip, archLr, archWeightDecay);
        String name = method == null ? SearchMethodRegistry.DEFAULT : method;
        ConfiguredMethod configured = SearchMethodRegistry.load().configure(name,
                methodOptions == null ? Map.of() : methodOptions);
        Map<String, Object> resolved = new TreeMap<>(configured.options().asMap());
        method = name.equals(SearchMethodRegistry.DEFAULT) && resolved.isEmpty() ? null : name;
        methodOptions = resolved.isEmpty() ? null : resolved;
        int k = configured.hooks().edgeDesign().partialChannels();
        require(channels % k == 0, "channels", channels + " must be a multiple of " + k + ": method " + name
                + " passes 1/" + k + " of every cell's channels through its mixed operations (its option k)");
        require(k == 1 || channels / k >= 2, "channels", channels + " leaves 1 channel per edge with method " + name
                + "'s k " + k + "; use at least " + 2 * k + " (with one channel per edge the weights turned NaN after"
                + " the first step on a 2-thread AVX-512 CPU: README, Known issues)");
        require(hessianEvery >= 0, "hessianEvery", "must be 0 (never) or a positive number of epochs, got "
                + hessianEvery);
        require(earlyStopSkips >= 0 && earlyStopSkips <= 8, "earlyStopSkips", "must be 0 (off) or 1 to 8 skips, got "
                + earlyStopSkips);
    }

    /** Returns a builder of a search configuration (the quick preset, seed 2, first order, DARTS). */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts from every value of this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder().setSpace(space).optPreset(new SearchPreset(preset, batchSize, channels, layers, epochs,
                trainImages, valImages, evalImages)).optSplitPortion(splitPortion).optSeed(seed).optOrder(order)
                .optSgd(new SgdSettings(lr, lrMin, momentum, weightDecay, gradClip)).optArchLr(archLr)
                .optArchWeightDecay(archWeightDecay).optHessianEvery(hessianEvery).optEarlyStopSkips(earlyStopSkips);
        return b.optMethod(methodName(), methodOptions == null ? Map.of() : methodOptions);
    }

    /**
     * Builds a {@link SearchConfig}: {@link #setSpace} is required; every other value has a
     * default (the {@linkplain SearchPreset#QUICK quick preset}'s sizes, the reference's optimiser
     * settings, seed {@value #DEFAULT_SEED}, first order, DARTS without monitors), and a value set
     * with its own method wins over the preset's. {@link #build()} validates: a
     * {@link ConfigException} names the field at fault.
     */
    public static final class Builder extends RunConfigBuilder<Builder, SearchPreset> {

        private String space;
        private Integer valImages;
        private Integer evalImages;
        private double splitPortion = DEFAULT_SPLIT_PORTION;
        private String order = SearchOrder.FIRST.toString();
        private double archLr = DEFAULT_ARCH_LR;
        private double archWeightDecay = DEFAULT_ARCH_WEIGHT_DECAY;
        private String method;
        private Map<String, Object> methodOptions = Map.of();
        private int hessianEvery;
        private int earlyStopSkips;

        private Builder() {
            super(SearchPreset.QUICK, DEFAULT_SEED);
        }

        /** Sets the search space: a built-in name ({@code darts-sandglass}) or a space file. Required. */
        public Builder setSpace(String nameOrFile) {
            this.space = nameOrFile;
            return this;
        }

        /** Sets the search-validation images of the architecture steps (default: the preset's). */
        public Builder optValImages(int n) {
            this.valImages = n;
            return this;
        }

        /** Sets the search-validation images of the end-of-epoch validation (default: the preset's). */
        public Builder optEvalImages(int n) {
            this.evalImages = n;
            return this;
        }

        /** Sets the fraction of the training set in the search-train half (default: {@value #DEFAULT_SPLIT_PORTION}). */
        public Builder optSplitPortion(double portion) {
            this.splitPortion = portion;
            return this;
        }

        /** Sets the order of the architecture gradient: {@code first} (default) or {@code second}. */
        public Builder optOrder(String firstOrSecond) {
            this.order = firstOrSecond;
            return this;
        }

        /** Sets the order of the architecture gradient. */
        public Builder optOrder(SearchOrder o) {
            return optOrder(o.toString());
        }

        /** Sets Adam's learning rate for α (default: {@value #DEFAULT_ARCH_LR}). */
        public Builder optArchLr(double value) {
            this.archLr = value;
            return this;
        }

        /** Sets Adam's weight decay for α (default: {@value #DEFAULT_ARCH_WEIGHT_DECAY}). */
        public Builder optArchWeightDecay(double value) {
            this.archWeightDecay = value;
            return this;
        }

        /**
         * Sets the search method ({@code jdarts methods} lists them; default: darts).
         *
         * @param name the method's name
         * @param options option values (numbers or strings); missing ones take their defaults
         * @return this builder
         */
        public Builder optMethod(String name, Map<String, ?> options) {
            this.method = name;
            this.methodOptions = new TreeMap<>(options);
            return this;
        }

        /** Estimates the Hessian's dominant eigenvalue after every k-th epoch and the last (default 0: never). */
        public Builder optHessianEvery(int k) {
            this.hessianEvery = k;
            return this;
        }

        /** Ends the search once the normal cell holds this many skip connections (DARTS+; default 0: never). */
        public Builder optEarlyStopSkips(int skips) {
            this.earlyStopSkips = skips;
            return this;
        }

        /**
         * Returns the validated configuration.
         *
         * @return the configuration
         * @throws ConfigException naming the field at fault
         */
        public SearchConfig build() {
            requireSubject(space, "space");
            SgdSettings s = sgdSettings();
            return new SearchConfig(space, preset.name(), channels(), layers(), epochs(), batchSize(), trainImages(),
                    or(valImages, preset.valImages()), or(evalImages, preset.evalImages()), splitPortion, seed, order,
                    s.lr(), s.lrMin(), s.momentum(), s.weightDecay(), s.gradClip(), archLr, archWeightDecay, method,
                    methodOptions, hessianEvery, earlyStopSkips);
        }
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

    private static void require(boolean ok, String field, String reason) {
        ConfigException.require(ok, field, reason);
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
