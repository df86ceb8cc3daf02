package org.jdarts.experiments;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.train.TrainHyperparameters;
import org.jdarts.data.ImageShape;
import org.jdarts.space.ConfigException;

/**
 * The resolved configuration of a training run ({@code config.json}). Its parts are records of
 * their own; {@code config.json} writes their fields as the configuration's own (flat), in this
 * order, so that its bytes, and fingerprint, are those of runs made before the parts existed.
 *
 * @param genotype the genotype as given (name, file or run directory)
 * @param preset the preset the values started from
 * @param sizes C, L, epochs, batch size and training images per epoch
 * @param seed seed of initialisation, order, augmentation and drop-path
 * @param sgd the SGD settings
 * @param regularization cutout, drop-path and the auxiliary head
 */
public record TrainConfig(String genotype, String preset, @JsonUnwrapped RunSizes sizes, long seed,
        @JsonUnwrapped SgdSettings sgd, @JsonUnwrapped Regularization regularization) implements RunConfig {

    /** The default seed. */
    public static final long DEFAULT_SEED = 0;

    /**
     * Validates what concerns more than one part; each part validates its own values. A
     * {@link ConfigException} names the field at fault.
     */
    public TrainConfig {
        check(genotype != null && !genotype.isBlank(), "genotype", "is required");
        check(sizes != null && sgd != null && regularization != null, "preset", "sizes and optimiser settings are"
                + " required");
        hyperparameters(sgd, regularization);
    }

    private static void check(boolean ok, String field, String reason) {
        ConfigException.require(ok, field, reason);
    }

    /** Returns a builder of a training configuration (the quick preset, seed {@value #DEFAULT_SEED}). */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts from every value of this configuration. */
    public Builder toBuilder() {
        return new Builder().setGenotype(genotype).optPreset(new TrainPreset(preset, sizes.channels(), sizes.layers(),
                sizes.batchSize(), sizes.epochs(), sizes.trainImages(), sgd.lr(), regularization.cutout(),
                regularization.dropPath(), regularization.auxWeight())).optSeed(seed).optSgd(sgd);
    }

    /**
     * Builds a {@link TrainConfig}: {@link #setGenotype} is required; every other value has a
     * default (the {@linkplain TrainPreset#QUICK quick preset}'s, DARTS' {@code train.py} SGD
     * settings with the preset's learning rate, seed {@value #DEFAULT_SEED}), and a value set with
     * its own method wins over the preset's. {@link #build()} validates: a {@link ConfigException}
     * names the field at fault.
     */
    public static final class Builder extends RunConfigBuilder<Builder, TrainPreset> {

        private String genotype;
        private Integer cutout;
        private Double dropPath;
        private Double auxWeight;

        private Builder() {
            super(TrainPreset.QUICK, DEFAULT_SEED);
        }

        /** Sets the genotype: a built-in name ({@code DARTS_V2}), a genotype file or a search's run directory. Required. */
        public Builder setGenotype(String nameFileOrRun) {
            this.genotype = nameFileOrRun;
            return this;
        }

        /** Sets the cutout side, 0 for none (default: the preset's). */
        public Builder optCutout(int side) {
            this.cutout = side;
            return this;
        }

        /** Sets the final drop-path probability (default: the preset's). */
        public Builder optDropPath(double probability) {
            this.dropPath = probability;
            return this;
        }

        /** Sets the auxiliary loss weight, 0 for no auxiliary head (default: the preset's). */
        public Builder optAuxWeight(double weight) {
            this.auxWeight = weight;
            return this;
        }

        /**
         * Returns the validated configuration.
         *
         * @return the configuration
         * @throws ConfigException naming the field at fault
         */
        public TrainConfig build() {
            requireSubject(genotype, "genotype");
            return new TrainConfig(genotype, preset.name(), sizes(), seed, sgdSettings(), new Regularization(
                    cutout != null ? cutout : preset.cutout(), dropPath != null ? dropPath : preset.dropPath(),
                    auxWeight != null ? auxWeight : preset.auxWeight()));
        }
    }

    /** Returns the optimisation settings. */
    public TrainHyperparameters hyperparameters() {
        return hyperparameters(sgd, regularization);
    }

    private static TrainHyperparameters hyperparameters(SgdSettings sgd, Regularization r) {
        return new TrainHyperparameters(sgd.lr(), sgd.lrMin(), sgd.momentum(), sgd.weightDecay(), sgd.gradClip(),
                r.auxWeight(), r.dropPath());
    }

    /** Returns the epochs of the whole run. */
    @Override
    @JsonIgnore
    public int epochs() {
        return sizes.epochs();
    }

    /** Returns the network's shape for {@code classes} classes. */
    public NetworkShape shape(int classes) {
        return sizes.shape(classes);
    }

    /**
     * Builds and initialises the network this configuration trains, seeded as a run seeds it.
     *
     * @param source the genotype
     * @param manager owner of the parameters
     * @param images the shape of the images it classifies
     * @param classes the number of classes
     * @return the network, initialised for those images
     */
    public EvalNetwork buildNetwork(GenotypeSource source, NDManager manager, ImageShape images, int classes) {
        Engine.getInstance().setRandomSeed((int) seed);
        EvalNetwork network = new EvalNetwork(source.genotype(), source.operations(), shape(classes), auxiliaryHead(),
                images.height());
        network.initialize(manager, DataType.FLOAT32, images.batch(1));
        return network;
    }

    /** Returns whether the network has the auxiliary head (a positive auxiliary weight). */
    @JsonIgnore
    public boolean auxiliaryHead() {
        return regularization.auxiliaryHead();
    }

    /** Returns a SHA-256 prefix of the configuration: checkpoints only load into the same one. */
    @JsonIgnore
    public String fingerprint() {
        return Fingerprint.of(this);
    }
}
