package org.jdarts.core.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.training.dataset.Batch;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Epoch steps that each take the next batch of every source (a search step takes one of each
 * search half, a training step one training batch) and close the batches after the step.
 */
public final class BatchSteps implements EpochSteps {

    /** What one step does with its batches. */
    @FunctionalInterface
    public interface Step {
        /**
         * Runs a step.
         *
         * @param images the images of each source's batch, in the sources' order
         * @param labels their labels
         * @return the step's training loss and accuracy
         */
        StepResult run(List<NDArray> images, List<NDArray> labels);
    }

    private final int count;
    private final List<Iterator<Batch>> sources = new ArrayList<>();
    private final Step step;
    private final Runnable skipped;

    /**
     * Creates the steps.
     *
     * @param count steps in the epoch (every source must have that many batches)
     * @param sources the epoch's batches of each source
     * @param step what a step does
     * @param skipped what a skipped step consumes besides its batches (for example a random draw)
     */
    public BatchSteps(int count, List<Iterable<Batch>> sources, Step step, Runnable skipped) {
        this.count = count;
        sources.forEach(s -> this.sources.add(s.iterator()));
        this.step = step;
        this.skipped = skipped;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public void skip() {
        for (Iterator<Batch> source : sources) {
            source.next().close();
        }
        skipped.run();
    }

    @Override
    public StepResult next() {
        List<Batch> batches = new ArrayList<>(sources.size());
        try {
            List<NDArray> images = new ArrayList<>();
            List<NDArray> labels = new ArrayList<>();
            for (Iterator<Batch> source : sources) {
                Batch b = source.next();
                batches.add(b);
                images.add(b.getData().head());
                labels.add(b.getLabels().head());
            }
            return step.run(images, labels);
        } finally {
            batches.forEach(Batch::close);
        }
    }
}
