package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdarts.data.DataLocation;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ReadOptions;
import org.jdarts.plugins.DataSources;
import picocli.CommandLine.Option;

/** The {@code --data [NAME:]DIR} option shared by every command that reads images. */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "[NAME:]DIR", defaultValue = "${env:JDARTS_DATA}",
            description = "Data folder, read by the data source that recognises it (cifar10: the CIFAR-10 binary"
                    + " layout; cifar100: train.bin, test.bin; fashion-mnist, mnist: idx files; imagefolder: class folders of"
                    + " image files) or by the one NAME names"
                    + " ('jdarts data sources' lists them); default: $JDARTS_DATA.")
    String data;

    @Option(names = "--allow-partial",
            description = "Accept a subset of the data set (for CIFAR-10: the first training files, any number of"
                    + " records), such as a sample; by default the whole published data set is required.")
    boolean partial;

    @Option(names = "--image-size", paramLabel = "N", defaultValue = "32",
            description = "imagefolder: the side every image is resized to (default: ${DEFAULT-VALUE}; 8 to 512).")
    int imageSize;

    @Option(names = "--test-portion", paramLabel = "P", defaultValue = "0.2",
            description = "imagefolder without train/ and test/: the seeded portion of every class held out for"
                    + " testing (default: ${DEFAULT-VALUE}).")
    double testPortion;

    @Option(names = "--skip-unreadable",
            description = "imagefolder: skip (and count) image files that cannot be decoded instead of stopping.")
    boolean skipUnreadable;

    @Option(names = "--labels", paramLabel = "fine|coarse", defaultValue = "fine",
            description = "cifar100: classify by the 100 fine labels or the 20 coarse ones (default: ${DEFAULT-VALUE}).")
    String labels;

    private DataLocation location;

    /** Returns whether partial data was allowed. */
    public boolean partial() {
        return partial;
    }

    /** Returns the read options the flags ask for, or fails with a one-line usage error. */
    public ReadOptions readOptions() {
        ReadOptions.Labels labelSet;
        try {
            labelSet = ReadOptions.Labels.parse(labels);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--labels: " + e.getMessage());
        }
        try {
            return new ReadOptions(partial, imageSize, testPortion, skipUnreadable, labelSet);
        } catch (IllegalArgumentException e) {
            throw new UsageException((e.getMessage().startsWith("image size") ? "--image-size: " : "--test-portion: ")
                    + e.getMessage());
        }
    }

    /** Returns the folder and its source, or fails with a one-line usage error. */
    public DataLocation location() {
        if (data == null || data.isEmpty()) {
            throw new UsageException("--data [NAME:]DIR is required (or set JDARTS_DATA); "
                    + "'jdarts data download --out DIR' fetches CIFAR-10");
        }
        if (location == null) {
            try {
                location = DataSources.load().resolve(data);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--data " + e.getMessage());
            }
        }
        return location;
    }

    /** Returns the folder, or fails with a usage error when neither the flag nor the variable is set. */
    public Path dir() {
        return location().dir();
    }

    /** Returns the folder, or {@code null} when neither the flag nor the variable is set. */
    public Path dirOrNull() {
        return data == null || data.isEmpty() ? null : dir();
    }

    /** Returns the name of the data source, or {@code null} when neither the flag nor the variable is set. */
    public String sourceOrNull() {
        return data == null || data.isEmpty() ? null : location().source().name();
    }

    /**
     * Says on {@code out}, in one line, which source was detected for the folder (nothing when the
     * value named it).
     *
     * @param out where the line goes
     */
    public void tellDetected(PrintWriter out) {
        if (data != null && !data.isEmpty() && location().detected()) {
            out.println("data: " + location().describe());
            out.flush();
        }
    }

    /**
     * Reads the data set.
     *
     * @return the training and test sets, class names, normalisation and checksums
     * @throws IOException naming the file and record of the first problem
     */
    public ImageData read() throws IOException {
        ReadOptions options = readOptions();
        return location().read(options);
    }

    /**
     * Returns the flags that make another process read the same data the same way: {@code --data
     * NAME:DIR} (the source named, not detected) and the read options the source uses.
     *
     * @param dirText the folder as the other process sees it
     * @return the flags
     */
    public List<String> flagsFor(String dirText) {
        DataSource source = location().source();
        List<String> flags = new ArrayList<>(List.of("--data", source.name() + ":" + dirText));
        Map<String, String> used = readOptions().toMap(source);
        if (used != null) {
            used.forEach((key, value) -> {
                switch (key) {
                    case "imageSize" -> flags.addAll(List.of("--image-size", value));
                    case "testPortion" -> flags.addAll(List.of("--test-portion", value));
                    case "labels" -> flags.addAll(List.of("--labels", value));
                    case "skipUnreadable" -> {
                        if (Boolean.parseBoolean(value)) {
                            flags.add("--skip-unreadable");
                        }
                    }
                    default -> throw new IllegalStateException("read option '" + key + "' has no flag");
                }
            });
        }
        if (partial) {
            flags.add("--allow-partial");
        }
        return flags;
    }
}
