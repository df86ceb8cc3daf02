package org.jdarts.cli;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import ai.djl.repository.zoo.ZooModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.TrainPreset;
import org.jdarts.experiments.bench.NativeAllocator;
import org.jdarts.experiments.bench.PredictBench;
import org.jdarts.serving.ModelCard;
import org.jdarts.serving.ModelDirectory;
import org.jdarts.serving.NormalizedNetwork;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts bench predict}: classification latency and throughput of an exported or a synthetic network. */
@Command(name = "predict", header = "Time classification (latency at batch 1, throughput at batch 64).",
        mixinStandardHelpOptions = true,
        description = {"Classify random images held in memory as an application does (DJL images through",
            "the jdarts translator, the network, probabilities read back): --runs predictions of one",
            "image (median and 95th-percentile latency), then --steps batches (images/s). The network is",
            "an exported model's (--model) or, by default, a genotype's at a preset size with random",
            "weights (the time does not depend on the weights)."},
        footer = {"", "Examples: jdarts bench predict",
            "          jdarts bench predict --model models/v2 --runs 200"})
final class BenchPredictCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "DIR", description = "An exported model directory (jdarts export).")
    Path model;

    @Option(names = "--genotype", defaultValue = "DARTS_V2",
            description = "Without --model: the genotype (default: ${DEFAULT-VALUE}).")
    String genotype;

    @Option(names = "--size", paramLabel = "paper|quick", defaultValue = "paper",
            description = "Without --model: the evaluation network's size, 32x32 RGB images, 10 classes"
                    + " (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100",
            description = "Timed one-image predictions (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Images per batch of the throughput test (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    BenchOptions bench;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        bench.validate();
        if (runs < 2 || batch < 1) {
            throw new UsageException("--runs must be at least 2 and --batch at least 1");
        }
        Device device = bench.device.resolve();
        PrintWriter out = spec.commandLine().getOut();
        PredictBench.Result result;
        if (model != null) {
            ModelDirectory dir;
            try {
                dir = ModelDirectory.open(model);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--model " + e.getMessage());
            }
            ModelCard card = dir.card();
            header(out, model.toString(), card.network(), card.input());
            try (ZooModel<Path, ?> loaded = dir.loadFileClassifier(device, 1)) {
                result = PredictBench.run(loaded, card.input(), bench.warmup, runs, bench.steps, batch);
            }
        } else {
            TrainPreset preset;
            try {
                preset = TrainPreset.named(size);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--size " + size + ": give paper or quick");
            }
            GenotypeSource source = GenotypeSource.resolve(genotype);
            ModelCard.Network network = new ModelCard.Network(preset.channels(), preset.layers(), 10, 0);
            List<String> classes = IntStream.range(0, 10).mapToObj(Integer::toString).toList();
            ModelCard.Input input = new ModelCard.Input(3, 32, 32, new float[] {0.5f, 0.5f, 0.5f},
                    new float[] {0.25f, 0.25f, 0.25f}, classes);
            try (Model synthetic = Model.newInstance(ModelDirectory.MODEL_NAME, device)) {
                Engine.getInstance().setRandomSeed(1);
                NormalizedNetwork block = new ModelCard(ModelCard.FORMAT, network, input,
                        new ModelCard.Origin("", 0, "", null, "", "", "", "")).newBlock(source);
                block.initialize(synthetic.getNDManager(), DataType.FLOAT32, input.batch(1));
                synthetic.setBlock(block);
                header(out, genotype + " (" + preset.name() + " size, random weights)", network, input);
                result = PredictBench.run(synthetic, input, bench.warmup, runs, bench.steps, batch);
            }
        }
        List<Double> single = new ArrayList<>(result.single());
        Collections.sort(single);
        double p95 = single.get(Math.min(single.size() - 1, (int) Math.ceil(0.95 * single.size()) - 1));
        double median = Median.of(result.single());
        out.printf(Locale.ROOT, "batch 1: median %.2f ms, p95 %.2f ms (%d runs), %.1f images/s%n", 1e3 * median,
                1e3 * p95, single.size(), 1 / median);
        double perBatch = Median.of(result.batched());
        out.printf(Locale.ROOT, "batch %d: median %.1f ms per batch (%d batches), %.1f images/s%n", result.batchSize(),
                1e3 * perBatch, result.batched().size(), result.batchSize() / perBatch);
        out.printf(Locale.ROOT, "peak resident memory: %.0f MB%n", ResidentMemory.peak() / 1e6);
        out.flush();
        return 0;
    }

    private void header(PrintWriter out, String what, ModelCard.Network network, ModelCard.Input input) {
        out.printf(Locale.ROOT, "bench predict: %s, C %d, L %d, %dx%dx%d images, device %s, %d threads, allocator %s%n",
                what, network.channels(), network.layers(), input.channels(), input.height(), input.width(),
                bench.device.name(), Runtime.getRuntime().availableProcessors(), NativeAllocator.current());
    }
}
