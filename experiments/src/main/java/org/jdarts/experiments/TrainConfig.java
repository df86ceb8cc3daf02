package org.jdarts.experiments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jdarts.cli.AtomicFiles;
import org.jdarts.core.eval.EvalNetworkConfig;
import org.jdarts.core.train.TrainHyperparameters;

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
        int cutout, double dropPath, double auxWeight) {

    /** Validates every value (messages name the flag). */
    public TrainConfig {
        check(channels >= 2 && channels % 2 == 0, "--channels must be even and at least 2, got " + channels);
        check(layers >= 3, "--layers must be at least 3, got " + layers);
        check(epochs >= 1, "--epochs must be at least 1, got " + epochs);
        check(batchSize >= 1, "--batch-size must be at least 1, got " + batchSize);
        check(trainImages >= batchSize, "--train-images must be at least the batch size, got " + trainImages);
        check(cutout >= 0 && cutout <= 32, "--cutout must be in [0, 32], got " + cutout);
        new TrainHyperparameters(lr, lrMin, momentum, weightDecay, gradClip, auxWeight, dropPath);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Returns the optimisation settings. */
    public TrainHyperparameters hyperparameters() {
        return new TrainHyperparameters(lr, lrMin, momentum, weightDecay, gradClip, auxWeight, dropPath);
    }

    /** Returns the network's shape (10 classes). */
    public EvalNetworkConfig network() {
        return new EvalNetworkConfig(channels, layers, 10, auxWeight > 0);
    }

    /** Returns a SHA-256 prefix of the configuration: checkpoints only load into the same one. */
    @JsonIgnore
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(AtomicFiles.JSON.writeValueAsBytes(this))).substring(0, 16);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
