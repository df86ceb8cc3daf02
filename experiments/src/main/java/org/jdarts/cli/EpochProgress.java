package org.jdarts.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.jdarts.core.loop.StepResult;

/** The progress bar of one epoch with the running loss and accuracy of its steps. */
public final class EpochProgress {

    private final PrintWriter err;
    private ProgressBar bar;
    private double lossSum;
    private long correct;
    private long images;

    /**
     * Creates the display.
     *
     * @param err where bars are drawn
     */
    public EpochProgress(PrintWriter err) {
        this.err = err;
    }

    /** Starts the bar of epoch {@code epoch} (from 0) of {@code epochs}, with {@code steps} steps. */
    public void start(int epoch, int epochs, int steps) {
        bar = new ProgressBar(err, String.format(Locale.ROOT, "epoch %d/%d", epoch + 1, epochs), steps);
        lossSum = 0;
        correct = 0;
        images = 0;
    }

    /** Adds a finished step. */
    public void step(int step, StepResult r) {
        lossSum += r.loss() * r.size();
        correct += r.correct();
        images += r.size();
        bar.update(step, images, lossSum / images, (double) correct / images);
    }

    /** Ends the current line of the bar (on a terminal) so that a message can be printed; the bar goes on. */
    public void breakLine() {
        if (bar != null) {
            bar.finish();
        }
    }

    /** Ends the bar's line, if one is drawn. */
    public void finish() {
        if (bar != null) {
            bar.finish();
            bar = null;
        }
    }
}
