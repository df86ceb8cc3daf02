package org.jdarts.experiments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;
import java.util.TreeMap;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.search.SearchHyperparameters;
import org.jdarts.core.search.SearchOrder;
import org.jdarts.space.ConfigException;

/**
 * The resolved configuration of a search: what {@code config.json} holds and what a resumed run
 * must match. Its parts are records of their own; {@code config.json} writes their fields as the
 * configuration's own (flat), in this order, so that its bytes, and fingerprint, are those of
 * runs made before the parts existed.
 *
 * @param space the search space's name or file, as given
 * @param preset the preset the values started from
 * @param sizes C, L, epochs, batch size and search-train images
 * @param images the search-validation images and the split of the training set
 * @param seed seed of initialisation, split, order and augmentation
 * @param order first or second order
 * @param sgd the weights' SGD settings
 * @param arch the architecture parameters' Adam settings
 * @param method the search method with its options (its Jackson name, {@code searchMethod}, only
 *     keeps its own field {@code method} from being taken for it)
 * @param monitors the Hessian eigenvalue and the early stop
 * @param cost the cost term in the architecture loss ({@link CostBudget#NONE}: none; its Jackson name,
 *     {@code costBudget}, keeps its own field {@code cost} from being taken for it)
 */
public record SearchConfig(String space, String preset, @JsonUnwrapped RunSizes sizes,
        @JsonUnwrapped SearchImages images, long seed, String order, @JsonUnwrapped SgdSettings sgd,
        @JsonUnwrapped ArchSettings arch, @JsonUnwrapped @JsonProperty("searchMethod") MethodChoice method,
        @JsonUnwrapped Monitors monitors,
        @JsonUnwrapped @JsonProperty("costBudget") CostBudget cost)
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
     * Validates what concerns more than one part; each part validates its own values. A
     * {@link ConfigException} names the field at fault.
     */
    public SearchConfig {
        ConfigException.require(space != null && !space.isBlank(), "space", "is required");
        require(sizes != null && images != null && sgd != null && arch != null, "preset", "sizes and optimiser"
                + " settings are required");
        method = method == null ? MethodChoice.DARTS : method;
        monitors = monitors == null ? Monitors.NONE : monitors;
        cost = cost == null ? CostBudget.NONE : cost;
        require(images.valImages() >= sizes.batchSize(), "valImages", "must be at least the batch size, got "
                + images.valImages());
        SearchOrder.parse(order);
        hyperparameters(order, sgd, arch);
        int k = method.configured().hooks().edgeDesign().partialChannels();
        String name = method.resolvedName();
        int channels = sizes.channels();
        require(channels % k == 0, "channels", channels + " must be a multiple of " + k + ": method " + name
                + " passes 1/" + k + " of every cell's channels through its mixed operations (its option k)");
        require(k == 1 || channels / k >= 2, "channels", channels + " leaves 1 channel per edge with method " + name
                + "'s k " + k + "; use at least " + 2 * k + " (with one channel per edge the weights turned NaN after"
                + " the first step on a 2-thread AVX-512 CPU: docs/engine-notes.md)");
    }

    /** Returns a builder of a search configuration (the quick preset, seed 2, first order, DARTS). */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts from every value of this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder().setSpace(space).optPreset(new SearchPreset(preset, sizes.batchSize(),
                sizes.channels(), sizes.layers(), sizes.epochs(), sizes.trainImages(), images.valImages(),
                images.evalImages())).optSplitPortion(images.splitPortion()).optSeed(seed).optOrder(order)
                .optSgd(sgd).optArchLr(arch.lr()).optArchWeightDecay(arch.weightDecay()).optArchBeta1(arch.beta1())
                .optHessianEvery(monitors.hessianEvery()).optEarlyStopSkips(monitors.earlyStopSkips()).optCost(cost);
        return b.optMethod(method.resolvedName(), method.options() == null ? Map.of() : method.options());
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
        private Double archLr;
        private Double archWeightDecay;
        private Double archBeta1;
        private boolean archBeta1Set;
        private String method;
        private Map<String, Object> methodOptions = Map.of();
        private int hessianEvery;
        private int earlyStopSkips;
        private CostBudget cost = CostBudget.NONE;

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

        /** Sets Adam's learning rate for α (default: the preset's; the paper's {@value #DEFAULT_ARCH_LR}). */
        public Builder optArchLr(double value) {
            this.archLr = value;
            return this;
        }

        /** Sets Adam's weight decay for α (default: the preset's; the paper's {@value #DEFAULT_ARCH_WEIGHT_DECAY}). */
        public Builder optArchWeightDecay(double value) {
            this.archWeightDecay = value;
            return this;
        }

        /** Sets Adam's β1 of α (default: the preset's; null: the reference's 0.5). */
        public Builder optArchBeta1(Double value) {
            this.archBeta1 = value;
            this.archBeta1Set = true;
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

        /** Adds a cost term to the architecture loss (default {@link CostBudget#NONE}: none). */
        public Builder optCost(CostBudget budget) {
            this.cost = budget == null ? CostBudget.NONE : budget;
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
            return new SearchConfig(space, preset.name(), sizes(),
                    new SearchImages(or(valImages, preset.valImages()), or(evalImages, preset.evalImages()),
                            splitPortion), seed, order, sgdSettings(), new ArchSettings(
                            archLr == null ? preset.arch().lr() : archLr,
                            archWeightDecay == null ? preset.arch().weightDecay() : archWeightDecay,
                            archBeta1Set ? archBeta1 : preset.arch().beta1()),
                    new MethodChoice(method, methodOptions), new Monitors(hessianEvery, earlyStopSkips), cost);
        }
    }

    /** Returns the epochs of the whole search. */
    @Override
    @JsonIgnore
    public int epochs() {
        return sizes.epochs();
    }

    /** Returns the supernet's shape for {@code classes} classes. */
    public NetworkShape shape(int classes) {
        return sizes.shape(classes);
    }

    private static void require(boolean ok, String field, String reason) {
        ConfigException.require(ok, field, reason);
    }

    private static SearchHyperparameters hyperparameters(String order, SgdSettings sgd, ArchSettings arch) {
        SearchHyperparameters ref = SearchHyperparameters.reference(SearchOrder.parse(order));
        return new SearchHyperparameters(sgd.lr(), sgd.lrMin(), sgd.momentum(), sgd.weightDecay(), sgd.gradClip(),
                arch.lr(), arch.effectiveBeta1(), ref.archBeta2(), arch.weightDecay(), SearchOrder.parse(order));
    }

    /** Returns the optimisation settings. */
    public SearchHyperparameters hyperparameters() {
        return hyperparameters(order, sgd, arch);
    }

    /** Returns a SHA-256 prefix of the configuration: a checkpoint is only resumed by the same configuration. */
    @JsonIgnore
    public String fingerprint() {
        return Fingerprint.of(this);
    }
}
