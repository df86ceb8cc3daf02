package org.jdarts.data;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.translate.Batchifier;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * The batches of one epoch of a {@link ImageDataset}, assembled one at a time in its order, each
 * with its own random draws split from the epoch's generator, each in its own manager (closed with
 * the batch).
 */
final class ImageBatches implements Iterator<Batch> {

    private final NDManager manager;
    private final int[] order;
    private final int batchSize;
    private final int total;
    private final BatchAssembler assembler;
    private final ImageShape shape;
    private final SplittableRandom random;
    private int next;

    /**
     * Creates the iterator.
     *
     * @param images the source images
     * @param assembler normalises and augments the images
     * @param manager the parent of every batch's manager
     * @param order the epoch's image order
     * @param batchSize images per batch
     * @param total batches in the epoch
     * @param seed the seed of the epoch's augmentation draws
     */
    ImageBatches(ImageSet images, BatchAssembler assembler, NDManager manager, int[] order, int batchSize, int total,
            long seed) {
        this.shape = images.shape();
        this.manager = manager;
        this.order = order;
        this.batchSize = batchSize;
        this.total = total;
        this.assembler = assembler;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public boolean hasNext() {
        return next < total;
    }

    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int from = next * batchSize;
        int n = Math.min(batchSize, order.length - from);
        float[] pixels = new float[n * shape.bytes()];
        int[] labels = new int[n];
        assembler.assemble(order, from, n, random.split(), pixels, labels);
        NDManager batchManager = manager.newSubManager();
        NDList data = new NDList(batchManager.create(pixels,
                new Shape(n, shape.channels(), shape.height(), shape.width())));
        NDList label = new NDList(batchManager.create(labels, new Shape(n)));
        next++;
        return new Batch(batchManager, data, label, n, Batchifier.STACK, Batchifier.STACK, next, total);
    }
}
