package org.jdarts.mnist;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code fashion-mnist} data source: Zalando's Fashion-MNIST, 10 kinds of clothing, 1×28×28,
 * in MNIST's idx layout (Debian's {@code dataset-fashion-mnist} installs it under
 * {@code /usr/share/datasets/fashion-mnist}). A folder of idx files is taken for Fashion-MNIST when
 * its name contains "fashion".
 */
public final class FashionMnistSource extends IdxSource {

    /** The source's name. */
    public static final String NAME = "fashion-mnist";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Fashion-MNIST idx files (as MNIST's, in a folder named *fashion*); 10 kinds of clothing";
    }

    @Override
    public boolean recognizes(Path dir) {
        return hasIdxFiles(dir) && namedFashion(dir);
    }

    @Override
    List<String> classNames() {
        return List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                "Ankle boot");
    }

    @Override
    boolean flipKeepsClass() {
        return true; // clothes and shoes mirrored are still clothes and shoes of their kind
    }
}
