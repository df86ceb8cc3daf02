package org.jdarts.experiments;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.eval.ModelCost;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.ResultField;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.train.NetworkTrainer;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.core.train.TrainRunner;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageDataset;
import org.jdarts.data.ImageShape;
import org.jdarts.data.SearchSplit;
import org.jdarts.space.ConfigException;

/** One training run as the run lifecycle carries it out: its genotype, data, network and optimiser. */
final class TrainJob extends RunJob<TrainEpoch> {

    /** Test batches hold this many images. */
    static final int TEST_BATCH = 200;

    static RunJob<TrainEpoch> of(TrainConfig config, RunDirectory resumed) {
        return new TrainJob(config, GenotypeSource.resolve(resumed == null ? config.genotype() : resumed.toString()));
    }

    /** Says in one line how a training epoch went. */
    static String epochLine(TrainEpoch e, int epochs) {
        return String.format(Locale.ROOT, "epoch %d/%d lr %.5f drop-path %.3f train loss %.4f acc %.2f%% | test loss"
                + " %.4f acc %.2f%% | %s", e.epoch() + 1, epochs, e.lr(), e.dropPath(), e.train().loss(),
                100 * e.train().accuracy(), e.test().loss(), 100 * e.test().accuracy(), Numbers.duration(e.seconds()));
    }

    /** Returns a data source's test set as batches. */
    static ImageDataset testSet(ImageData data) {
        return ImageDataset.builder().setImages(data.test()).setNormalization(data.normalization())
                .setBatchSize(TEST_BATCH).build();
    }

    /**
     * The data of a training run: the training images (all, or a seeded subset of the configured
     * size) augmented with the source's crop and flip and with cutout and shuffled per epoch from
     * the seed, and the test set.
     */
    private record Setup(ImageDataset train, ImageDataset test, int trainImages, ImageShape images, int classes) {}

    private final TrainConfig config;
    private final GenotypeSource source;
    private Setup setup;
    private NetworkTrainer trainer;
    private long parameters;
    private long multiplyAdds;

    TrainJob(TrainConfig config, GenotypeSource source) {
        super(config, EpochRecord::of);
        this.config = config;
        this.source = source;
    }

    @Override
    String spaceJson() {
        return source.space();
    }

    @Override
    Map<String, Object> inputs() {
        return Map.of(RunDirectory.GENOTYPE, GenotypeFiles.toJson(source.genotype()));
    }

    /**
     * Selects the data and checks it: a batch larger than the training images, a cutout larger
     * than an image or images too small for the network are refused, naming the field.
     */
    @Override
    void checkData(ImageData data) {
        ImageSizes.check(data.shape(), config.auxiliaryHead());
        int size = data.train().size();
        int[] indices = size <= config.sizes().trainImages() ? data.train().allIndices()
                : SearchSplit.of(size, (double) config.sizes().trainImages() / size, config.seed()).train();
        if (indices.length < config.sizes().batchSize()) {
            throw new ConfigException("batchSize", config.sizes().batchSize() + " exceeds the " + indices.length
                    + " training images");
        }
        int cutout = config.regularization().cutout();
        int side = Math.min(data.shape().height(), data.shape().width());
        ConfigException.require(cutout <= side, "cutout", "must be at most the image side, " + side + ", got "
                + cutout);
        ImageDataset train = ImageDataset.builder().setImages(data.train()).setNormalization(data.normalization())
                .optIndices(indices).setBatchSize(config.sizes().batchSize())
                .optAugmentation(data.augmentation().withCutout(config.regularization().cutout()))
                .optShuffle(true).optDropLast(true).optSeed(config.seed()).build();
        setup = new Setup(train, testSet(data), indices.length, data.shape(), data.classes());
    }

    @Override
    void build(RunRequest request) {
        NDManager manager = manager();
        EvalNetwork network = config.buildNetwork(source, manager, setup.images(), setup.classes());
        network.setMemoryLayout(request.layout());
        parameters = network.parameterCount();
        multiplyAdds = ModelCost.multiplyAdds(network, CellNetwork.AUXILIARY);
        trainer = new NetworkTrainer(network, config.hyperparameters(), manager);
        bind(new TrainRunner(trainer, config.epochs(), setup.train()::forEpoch, setup.test(),
                setup.train().batchCount(), config.seed(), manager), network, trainer.sgd(), null);
    }

    @Override
    RunPlan plan(RunRequest request, int firstEpoch) {
        RunSizes z = config.sizes();
        SgdSettings sgd = config.sgd();
        Regularization r = config.regularization();
        int steps = setup.train().batchCount();
        List<String> details = List.of(
                "genotype " + config.genotype(),
                source.genotype().toString(),
                String.format(Locale.ROOT, "preset %s: C %d, L %d, batch %d, %d epochs x %d steps on %d images,"
                        + " seed %d, device %s", config.preset(), z.channels(), z.layers(), z.batchSize(), z.epochs(),
                        steps, setup.trainImages(), config.seed(), request.device().getDeviceType()),
                String.format(Locale.ROOT, "SGD lr %s -> %s (cosine), momentum %s, wd %s, clip %s, cutout %d,"
                        + " drop-path %s, auxiliary weight %s", Numbers.plain(sgd.lr()), Numbers.plain(sgd.lrMin()),
                        Numbers.plain(sgd.momentum()), Numbers.plain(sgd.weightDecay()), Numbers.plain(sgd.gradClip()),
                        r.cutout(), Numbers.plain(r.dropPath()), Numbers.plain(r.auxWeight())),
                String.format(Locale.ROOT, "network: %,d parameters (%.2fM, auxiliary head excluded), %.1fM"
                        + " multiply-adds per image", parameters, parameters / 1e6, multiplyAdds / 1e6));
        return new RunPlan(RunKind.TRAINING, config, request.runDir(), request.device().getDeviceType(), steps,
                setup.trainImages(), firstEpoch, details);
    }

    @Override
    RunResult result(RunStatus status, Path runDir, Journal journal) {
        return result(status, runDir, journal, setup.test().size(), parameters);
    }

    @Override
    RunResult finished(RunDirectory dir, Journal journal) throws IOException {
        Map<?, ?> results = dir.readJson(RunDirectory.RESULTS, Map.class);
        return result(RunStatus.ALREADY_FINISHED, dir.path(), journal,
                ((Number) results.get(ResultField.TEST_IMAGES.key())).intValue(),
                ((Number) results.get(ResultField.PARAMETERS.key())).longValue());
    }

    private RunResult result(RunStatus status, Path runDir, Journal journal, int testImages, long networkParameters) {
        List<String> summary = List.of();
        if (status == RunStatus.FINISHED || status == RunStatus.ALREADY_FINISHED) {
            double accuracy = journal.last().get(Metric.TEST_ACC);
            summary = List.of(String.format(Locale.ROOT, "test accuracy %.2f%% (error %.2f%%) on %d images, %.2fM"
                    + " parameters", 100 * accuracy, 100 * (1 - accuracy), testImages, networkParameters / 1e6));
        }
        return new RunResult(RunKind.TRAINING, status, runDir, journal.size(), config.epochs(), source.genotype(),
                journal.lastOrNull(), summary);
    }

    @Override
    public void seal(RunDirectory dir, Journal journal) throws IOException {
        Map<String, Double> last = journal.last().metrics();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("genotype", source.genotype().toString());
        results.put("epochs", config.epochs());
        results.put(ResultField.TEST_ACCURACY.key(), last.get(Metric.TEST_ACC.key()));
        results.put(ResultField.TEST_ERROR.key(), 1 - last.get(Metric.TEST_ACC.key()));
        results.put(ResultField.TEST_LOSS.key(), last.get(Metric.TEST_LOSS.key()));
        results.put(ResultField.TEST_IMAGES.key(), setup.test().size());
        results.put(ResultField.PARAMETERS.key(), parameters);
        results.put("multiply_adds", multiplyAdds);
        dir.writeJson(RunDirectory.RESULTS, results);
    }
}
