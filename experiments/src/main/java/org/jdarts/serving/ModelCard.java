package org.jdarts.serving;

import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.experiments.GenotypeSource;

/**
 * What a model directory's {@code model.json} says: the network's shape, the images it takes and
 * how they are normalised, and where the parameters came from.
 *
 * @param format the file's format version ({@value #FORMAT})
 * @param network the evaluation network's shape
 * @param input the images the network takes
 * @param origin the training run and checkpoint the parameters came from
 */
public record ModelCard(int format, Network network, Input input, Origin origin) {

    /** The format version this jdarts writes and reads. */
    public static final int FORMAT = 1;

    /** Validates. */
    public ModelCard {
        if (format != FORMAT) {
            throw new IllegalArgumentException("model format " + format + "; this jdarts reads format " + FORMAT);
        }
        if (network == null || input == null || origin == null) {
            throw new IllegalArgumentException("model.json needs network, input and origin");
        }
        if (input.classNames().size() != network.classes()) {
            throw new IllegalArgumentException(input.classNames().size() + " class names for " + network.classes()
                    + " classes");
        }
    }

    /**
     * The network's shape.
     *
     * @param channels C, the first cells' channels
     * @param layers L, the number of cells
     * @param classes outputs
     * @param parameters trainable parameters (the auxiliary head left out, as the reference counts)
     */
    public record Network(int channels, int layers, int classes, long parameters) {}

    /**
     * The images the network takes and how they are prepared: squashed to height×width, each
     * channel's bytes v normalised to (v/255 − mean)/std (done by the network itself).
     *
     * @param channels 1 (luma) or 3 (RGB)
     * @param height rows
     * @param width columns
     * @param mean per channel, in [0, 1] units
     * @param std per channel
     * @param classNames the classes in output order
     */
    public record Input(int channels, int height, int width, float[] mean, float[] std, List<String> classNames) {

        /** Validates and copies. */
        public Input {
            if (channels != 1 && channels != 3 || height < 1 || width < 1) {
                throw new IllegalArgumentException("input shape " + channels + "x" + height + "x" + width);
            }
            if (mean == null || std == null || mean.length != channels || std.length != channels) {
                throw new IllegalArgumentException("normalisation needs one mean and std per channel");
            }
            mean = mean.clone();
            std = std.clone();
            classNames = List.copyOf(classNames);
        }

        /** Returns the shape of a batch of {@code n} images. */
        public Shape batch(long n) {
            return new Shape(n, channels, height, width);
        }
    }

    /**
     * Where the parameters came from.
     *
     * @param trainRun the training run directory (absolute)
     * @param epochs the epochs trained
     * @param checkpointSha256 the SHA-256 of the checkpoint read
     * @param testAccuracy the run's final test accuracy, or null if it recorded none
     * @param exported when the model was written (ISO-8601)
     * @param jdarts the jdarts version that wrote it
     * @param djl the DJL version
     * @param pytorch the libtorch version
     */
    public record Origin(String trainRun, int epochs, String checkpointSha256, Double testAccuracy, String exported,
            String jdarts, String djl, String pytorch) {}

    /**
     * Builds the network this card describes, parameters not yet loaded.
     *
     * @param genotype the model's genotype with its operations
     * @return normalisation and the evaluation network (no auxiliary head)
     */
    public NormalizedNetwork newBlock(GenotypeSource genotype) {
        EvalNetwork net = new EvalNetwork(genotype.genotype(), genotype.operations(),
                new NetworkShape(network.channels(), network.layers(), network.classes()), false, input.height());
        return new NormalizedNetwork(input.mean(), input.std(), net);
    }
}
