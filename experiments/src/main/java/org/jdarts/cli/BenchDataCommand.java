package org.jdarts.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.data.DataLocation;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageDataset;
import org.jdarts.data.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jdarts bench data}: images per second of reading a data folder (several times: the later
 * reads find what the first one cached) and of batch assembly (augmentation, normalisation, NDArray).
 */
@Command(name = "data", header = "Images per second of data reading and batch assembly.",
        mixinStandardHelpOptions = true,
        description = {"Time how fast the data folder is read, --reads times: the first read starts from an",
            "empty decode cache (a temporary folder, removed afterwards), the later ones find what it cached.",
            "For sources that cache nothing (cifar10, idx) every read parses the files. Then time how fast",
            "training batches are produced: shuffle, random crop, flip, cutout, normalisation and the copy",
            "into an NDArray, on one thread."},
        footer = {"", "Examples:", "  jdarts bench data --data ../shared/cifar10",
            "  jdarts bench data --data imagefolder:photos --image-size 64"})
final class BenchDataCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--batch-size", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--epochs", defaultValue = "3",
            description = "Epochs over the training set to time (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--reads", defaultValue = "4",
            description = "Reads of the data folder to time, the first with an empty decode cache (default: ${DEFAULT-VALUE}).")
    int reads;

    @Option(names = "--cutout", defaultValue = "16", description = "Cutout side, 0 for none (default: ${DEFAULT-VALUE}).")
    int cutout;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (batchSize < 1 || epochs < 1 || reads < 1) {
            throw new UsageException("--batch-size, --epochs and --reads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        data.tellDetected(out);
        ImageData read = timeReads(out);
        ImageDataset ds = ImageDataset.builder().setImages(read.train()).setNormalization(read.normalization())
                .setBatchSize(batchSize).optShuffle(true).optAugmentation(read.augmentation().withCutout(cutout))
                .build();
        double[] rates = new double[epochs];
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
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
        out.print("batches: ");
        out.printf("median: %,.0f images/s (batch %d, crop+flip+cutout %d, one thread)%n",
                rates[epochs / 2], batchSize, cutout);
        out.flush();
        return 0;
    }

    /**
     * Reads the data {@code reads} times with a fresh cache folder, printing each read's speed and
     * how much faster the later (cached) reads were than the first; returns the last read.
     */
    private ImageData timeReads(PrintWriter out) throws IOException {
        DataLocation location = data.location();
        ReadOptions options = data.readOptions();
        Path cache = Files.createTempDirectory("jdarts-bench-cache");
        try {
            DataSource source = location.source().withCacheFolder(cache);
            boolean caches = source != location.source();
            ImageData read = null;
            double[] seconds = new double[reads];
            for (int pass = 0; pass < reads; pass++) {
                long start = System.nanoTime();
                read = source.read(location.dir(), options);
                seconds[pass] = (System.nanoTime() - start) / 1e9;
                int images = read.train().size() + read.test().size();
                out.printf("read %d: %,d images in %.2f s, %,.0f images/s%s%n", pass + 1, images, seconds[pass],
                        images / seconds[pass], !caches ? "" : pass == 0 ? " (empty decode cache)" : " (cached)");
                out.flush();
            }
            if (reads > 1 && caches) {
                double[] later = Arrays.copyOfRange(seconds, 1, reads);
                Arrays.sort(later);
                double median = later[later.length / 2];
                out.printf("later reads: median %.2f s, %.1fx faster than the first%n", median, seconds[0] / median);
            }
            return read;
        } finally {
            AtomicFiles.deleteTree(cache);
        }
    }
}
