package org.jdarts.mnist;

import java.nio.file.Path;
import java.util.List;

/** The {@code mnist} data source: handwritten digits 0-9, 1×28×28, in the idx layout. */
public final class MnistSource extends IdxSource {

    /** The source's name. */
    public static final String NAME = "mnist";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "MNIST idx files (train-/t10k-images-idx3-ubyte, -labels-idx1-ubyte, .gz or not); 10 digits";
    }

    @Override
    public boolean recognizes(Path dir) {
        return hasIdxFiles(dir) && !namedFashion(dir);
    }

    @Override
    List<String> classNames() {
        return List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Override
    boolean flipKeepsClass() {
        return false; // a mirrored 2 is no digit
    }
}
