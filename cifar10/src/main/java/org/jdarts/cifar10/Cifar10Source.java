package org.jdarts.cifar10;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ReadOptions;

/** The {@code cifar10} data source: the official binary layout, read by {@link Cifar10Reader}. */
public final class Cifar10Source implements DataSource {

    /** The source's name. */
    public static final String NAME = "cifar10";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CIFAR-10 binary layout: data_batch_1.bin ... data_batch_5.bin, test_batch.bin; 10 classes of 3x32x32";
    }

    @Override
    public boolean recognizes(Path dir) {
        return Files.isRegularFile(dir.resolve(Cifar10.TRAIN_FILES.get(0)))
                || Files.isRegularFile(dir.resolve(Cifar10.TEST_FILE));
    }

    @Override
    public ImageData read(Path dir, ReadOptions options) throws IOException {
        return Cifar10Reader.read(dir, options.partial());
    }
}
