package org.jdarts.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.jdarts.experiments.Numbers;

/**
 * A progress line: step, detail (an epoch's loss and accuracy), images/s and time left. On a terminal it is
 * redrawn in place; otherwise (logs, CI) a line is printed every tenth of the epoch.
 */
public final class ProgressBar {

    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean interactive;
    private final String label;
    private final int total;
    private final long start = System.nanoTime();
    private final int firstStep;
    private int lastDecile = -1;
    private int updates;

    /**
     * Starts a bar.
     *
     * @param err where to draw
     * @param label the prefix, e.g. {@code epoch 3/50}
     * @param total steps in the epoch
     */
    public ProgressBar(PrintWriter err, String label, int total) {
        this(err, label, total, -1);
    }

    /**
     * Starts a bar whose updates may cover several steps each.
     *
     * @param err where to draw
     * @param label the prefix, e.g. {@code predict}
     * @param total steps in all
     * @param firstStep the steps done before this bar started (the time left comes from the steps
     *     done since), or -1 to count one step per update
     */
    public ProgressBar(PrintWriter err, String label, int total, int firstStep) {
        this.err = err;
        this.interactive = System.console() != null;
        this.label = label;
        this.total = total;
        this.firstStep = firstStep;
    }

    /**
     * Shows progress.
     *
     * @param step steps of the epoch done (a resumed epoch's bar starts later than 1)
     * @param images images this bar has seen
     * @param loss mean loss so far
     * @param accuracy accuracy so far in [0, 1]
     */
    public void update(int step, long images, double loss, double accuracy) {
        update(step, images, String.format(Locale.ROOT, "loss %.4f acc %.1f%%", loss, 100 * accuracy));
    }

    /**
     * Shows progress with any detail.
     *
     * @param step steps done
     * @param images images this bar has seen
     * @param detail what follows the step count (e.g. the loss and accuracy so far)
     */
    public void update(int step, long images, String detail) {
        // One call per step; a bar of a resumed epoch starts at a later step, so the time left
        // comes from the steps this bar saw, not from the step number.
        updates++;
        double elapsed = (System.nanoTime() - start) / 1e9;
        double rate = images / Math.max(elapsed, 1e-9);
        int seen = firstStep < 0 ? updates : Math.max(1, step - firstStep);
        double left = elapsed / seen * (total - step);
        int filled = (int) ((long) WIDTH * step / total);
        String line = String.format(Locale.ROOT, "%s [%s%s] %d/%d %s%s%.1f img/s left %s",
                label, "#".repeat(filled), ".".repeat(WIDTH - filled), step, total, detail, detail.isEmpty() ? "" : " ",
                rate, Numbers.duration(left));
        if (interactive) {
            err.print("\r" + line);
            err.flush();
        } else {
            int decile = step * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                err.println(line);
                err.flush();
            }
        }
    }

    /** Ends the bar's line. */
    public void finish() {
        if (interactive) {
            err.println();
            err.flush();
        }
    }
}
