package org.jdarts.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.experiments.RunStatus;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.experiments.TrainPlan;
import org.jdarts.experiments.TrainResult;

/** Presents a training run on the console: its plan, a progress bar per epoch, a line per epoch, the outcome. */
final class TrainConsole extends RunConsole<TrainPlan, TrainEpoch> {

    TrainConsole(PrintWriter out, PrintWriter err, boolean report) {
        super(out, err, report);
    }

    @Override
    public void onStart(TrainPlan p) {
        TrainConfig c = p.config();
        out.printf(Locale.ROOT, "jdarts train -> %s%n  genotype %s%n  %s%n", p.runDir(), c.genotype(), p.genotype());
        out.printf(Locale.ROOT, "  preset %s: C %d, L %d, batch %d, %d epochs x %d steps on %d images, seed %d,"
                + " device %s%n", c.preset(), c.channels(), c.layers(), c.batchSize(), c.epochs(), p.steps(),
                p.trainImages(), c.seed(), p.device());
        out.printf(Locale.ROOT, "  SGD lr %s -> %s (cosine), momentum %s, wd %s, clip %s, cutout %d, drop-path %s,"
                + " auxiliary weight %s%n", Numbers.plain(c.lr()), Numbers.plain(c.lrMin()),
                Numbers.plain(c.momentum()), Numbers.plain(c.weightDecay()), Numbers.plain(c.gradClip()), c.cutout(),
                Numbers.plain(c.dropPath()), Numbers.plain(c.auxWeight()));
        out.printf(Locale.ROOT, "  network: %,d parameters (%.2fM, auxiliary head excluded), %.1fM multiply-adds"
                + " per image%n", p.parameters(), p.parameters() / 1e6, p.multiplyAdds() / 1e6);
        started(c.epochs(), p.firstEpoch());
        out.flush();
    }

    @Override
    protected String epochLine(TrainEpoch e) {
        return String.format(Locale.ROOT, "epoch %d/%d lr %.5f drop-path %.3f train loss %.4f acc %.2f%% | test loss"
                + " %.4f acc %.2f%% | %s", e.epoch() + 1, epochs(), e.lr(), e.dropPath(), e.train().loss(),
                100 * e.train().accuracy(), e.test().loss(), 100 * e.test().accuracy(), ProgressBar.duration(e.seconds()));
    }

    /** Prints how the run ended and returns the exit status. */
    int outcome(TrainResult r) {
        if (r.status() == RunStatus.INTERRUPTED) {
            return interruptedOutcome("train", r.epochsDone(), r.runDir());
        }
        if (r.status() == RunStatus.STOPPED) {
            out.printf("stopped after epoch %d of %d as asked; continue with: jdarts train --resume %s%n",
                    r.epochsDone(), r.epochs(), r.runDir());
        } else {
            if (r.status() == RunStatus.ALREADY_FINISHED) {
                out.printf("%s: the training already finished its %d epochs; nothing to do%n", r.runDir(), r.epochs());
            }
            out.printf(Locale.ROOT, "test accuracy %.2f%% (error %.2f%%) on %d images, %.2fM parameters%n"
                    + "run directory: %s%n", 100 * r.testAccuracy(), 100 * (1 - r.testAccuracy()), r.testImages(),
                    r.parameters() / 1e6, r.runDir());
        }
        if (r.status() != RunStatus.ALREADY_FINISHED) {
            finalReport();
        }
        out.flush();
        return 0;
    }
}
