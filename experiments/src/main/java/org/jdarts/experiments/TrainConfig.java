package org.jdarts.experiments;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.train.TrainHyperparameters;
import org.jdarts.data.ImageShape;
import org.jdarts.space.ConfigException;

/**
 * The resolved configuration of a training run ({@code config.json}).
 *
 * @param genotype the genotype as given (name, file or run directory)
 * @param preset the preset the values started from
 * @param channels C
 * @param layers L
 * @param epochs epochs
 * @param batchSize images per batch
 * @param trainImages training images per epoch (at most 50,000)
 * @param seed seed of initialisation, order, augmentation and drop-path
 * @param lr initial learning rate
 * @param lrMin cosine floor
 * @param momentum SGD momentum
 * @param weightDecay SGD weight decay
 * @param gradClip gradient-norm bound
 * @param cutout cutout side
 * @param dropPath final drop-path probability
 * @param auxWeight auxiliary loss weight (0: no auxiliary head)
 */
public record TrainConfig(String genotype, String preset, int channels, int layers, int epochs, int batchSize,
        int trainImages, long seed, double lr, double lrMin, double momentum, double weightDecay, double gradClip,
        int cutout, double dropPath, double auxWeight) implements RunConfig {

    /** The default seed. */
    public static final long DEFAULT_SEED = 0;

    /** Validates every value; each message starts with the name of the field at fault. */
    public TrainConfig {
        NetworkShape.check(channels, layers);
        check(epochs >= 1, "epochs", "must be at least 1, got " + epochs);
        check(batchSize >= 1, "batchSize", "must be at least 1, got " + batchSize);
        check(trainImages >= batchSize, "trainImages", "must be at least the batch size, got " + trainImages);
        check(cutout >= 0, "cutout", "must be 0 (none) or a positive side, got " + cutout);
        new TrainHyperparameters(lr, lrMin, momentum, weightDecay, gradClip, auxWeight, dropPath);
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
        return new Builder().setGenotype(genotype).optPreset(new TrainPreset(preset, channels, layers, batchSize, epochs,
                trainImages, lr, cutout, dropPath, auxWeight)).optSeed(seed)
                .optSgd(new SgdSettings(lr, lrMin, momentum, weightDecay, gradClip));
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
            SgdSettings s = sgdSettings();
            return new TrainConfig(genotype, preset.name(), channels(), layers(), epochs(), batchSize(), trainImages(),
                    seed, s.lr(), s.lrMin(), s.momentum(), s.weightDecay(), s.gradClip(),
                    cutout != null ? cutout : preset.cutout(), dropPath != null ? dropPath : preset.dropPath(),
                    auxWeight != null ? auxWeight : preset.auxWeight());
        }
    }

    /** Returns the optimisation settings. */
    public TrainHyperparameters hyperparameters() {
        return new TrainHyperparameters(lr, lrMin, momentum, weightDecay, gradClip, auxWeight, dropPath);
    }

    /** Returns the network's shape for {@code classes} classes. */
    public NetworkShape shape(int classes) {
        return new NetworkShape(channels, layers, classes);
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
    public boolean auxiliaryHead() {
        return auxWeight > 0;
    }

    /** Returns a SHA-256 prefix of the configuration: checkpoints only load into the same one. */
    @JsonIgnore
    public String fingerprint() {
        return Fingerprint.of(this);
    }
}
