package org.jdarts.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10Reader;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that reads CIFAR-10. */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:JDARTS_DATA}",
            description = "CIFAR-10 folder in the official binary layout (data_batch_1.bin ... "
                    + "test_batch.bin); default: $JDARTS_DATA.")
    Path data;

    @Option(names = "--allow-partial",
            description = "Accept a subset of CIFAR-10 (the first training files, any number of records), "
                    + "such as a sample; by default all six files with 10,000 records each are required.")
    boolean partial;

    /** Returns whether partial data was allowed. */
    public boolean partial() {
        return partial;
    }

    /** Returns the folder, or fails with a usage error when neither the flag nor the variable is set. */
    public Path dir() {
        if (data == null) {
            throw new UsageException("--data DIR is required (or set JDARTS_DATA); "
                    + "'jdarts data download --out DIR' fetches CIFAR-10");
        }
        return data;
    }

    /** Returns the folder, or {@code null} when neither the flag nor the variable is set. */
    public Path dirOrNull() {
        return data;
    }

    /**
     * Reads the data set.
     *
     * @return the training and test sets
     * @throws IOException naming the file and record of the first problem
     */
    public Cifar10 read() throws IOException {
        return Cifar10Reader.read(dir(), partial);
    }
}
