package org.jdarts.cli;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts bench data}: images per second of batch assembly (augmentation, normalisation, NDArray). */
@Command(name = "data", header = "Images per second of batch assembly.",
        mixinStandardHelpOptions = true,
        description = {"Time how fast training batches are produced: shuffle, random crop, flip,",
            "cutout, normalisation and the copy into an NDArray, on one thread."},
        footer = {"", "Example: jdarts bench data --data ../shared/cifar10"})
final class BenchDataCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--batch-size", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--epochs", defaultValue = "3", description = "Epochs over the training set to time (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--cutout", defaultValue = "16", description = "Cutout side, 0 for none (default: ${DEFAULT-VALUE}).")
    int cutout;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (batchSize < 1 || epochs < 1) {
            throw new UsageException("--batch-size and --epochs must be at least 1");
        }
        ImageData read = data.read();
        ImageDataset ds = ImageDataset.builder().setImages(read.train()).setNormalization(read.normalization())
                .setBatchSize(batchSize).optShuffle(true).optAugmentation(read.augmentation().withCutout(cutout))
                .build();
        PrintWriter out = spec.commandLine().getOut();
        double[] rates = new double[epochs];
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int e = 0; e < epochs; e++) {
                long start = System.nanoTime();
                long images = 0;
                for (Batch batch : ds.forEpoch(e).getData(manager)) {
                    images += batch.getSize();
                    batch.close();
                }
                rates[e] = images / ((System.nanoTime() - start) / 1e9);
                out.printf("epoch %d: %,d images, %,.0f images/s%n", e, images, rates[e]);
                out.flush();
            }
        }
        Arrays.sort(rates);
        out.printf("median: %,.0f images/s (batch %d, crop+flip+cutout %d, one thread)%n",
                rates[epochs / 2], batchSize, cutout);
        out.flush();
        return 0;
    }
}
