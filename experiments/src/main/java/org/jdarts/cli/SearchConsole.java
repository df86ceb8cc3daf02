package org.jdarts.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.RunStatus;
import org.jdarts.experiments.SearchPlan;
import org.jdarts.experiments.SearchResult;

/** Presents a search on the console: its plan, a progress bar per epoch, a line per epoch, the outcome. */
final class SearchConsole extends RunConsole<SearchPlan, SearchEpoch> {

    SearchConsole(PrintWriter out, PrintWriter err, boolean report) {
        super(out, err, report);
    }

    @Override
    public void onStart(SearchPlan p) {
        SearchConfig c = p.config();
        out.printf(Locale.ROOT, "jdarts search -> %s%n", p.runDir());
        out.printf(Locale.ROOT, "  space %s (%d ops: %s)%n", p.space().name(), p.space().size(),
                String.join(", ", p.space().names()));
        out.printf(Locale.ROOT, "  preset %s: C %d, L %d, batch %d, %d epochs x %d steps, order %s, seed %d, device %s%n",
                c.preset(), c.channels(), c.layers(), c.batchSize(), c.epochs(), p.steps(), c.order(), c.seed(),
                p.device());
        out.printf(Locale.ROOT, "  data: %d search-train + %d search-val images (split %.2f), validation on %d%n",
                p.trainImages(), p.valImages(), c.splitPortion(), p.evalImages());
        out.printf(Locale.ROOT, "  weights: SGD lr %s -> %s (cosine), momentum %s, wd %s, clip %s;"
                + " alpha: Adam lr %s, betas (0.5, 0.999), wd %s%n", Numbers.plain(c.lr()), Numbers.plain(c.lrMin()),
                Numbers.plain(c.momentum()), Numbers.plain(c.weightDecay()), Numbers.plain(c.gradClip()),
                Numbers.plain(c.archLr()), Numbers.plain(c.archWeightDecay()));
        out.printf(Locale.ROOT, "  method %s%s; monitors: %s, %s%n", c.methodName(),
                c.methodOptions() == null ? "" : " " + c.methodOptions(),
                c.hessianEvery() == 0 ? "no Hessian eigenvalue" : "Hessian eigenvalue every " + c.hessianEvery()
                        + " epoch(s) and at the end",
                c.earlyStopSkips() == 0 ? "no early stop" : "early stop at " + c.earlyStopSkips()
                        + " skips in the normal cell");
        started(c.epochs(), p.firstEpoch());
        out.printf(Locale.ROOT, "supernet: %,d weights, α 2 x %d x %d%s, %s%n", p.weights(), p.alphaRows(),
                p.space().size(), p.architectureParameters() > 2 ? ", β 2 x " + p.alphaRows() + " (edge normalisation)" : "",
                p.fusedEdges() ? "edges leaving a node evaluated together" : "edges evaluated one by one (--no-fuse)");
        out.flush();
    }

    @Override
    protected String epochLine(SearchEpoch e) {
        return String.format(Locale.ROOT, "epoch %d/%d lr %.5f train loss %.4f acc %.2f%% | val loss %.4f acc %.2f%%"
                + " | %s | %s", e.epoch() + 1, epochs(), e.lr(), e.train().loss(), 100 * e.train().accuracy(),
                e.validation().loss(), 100 * e.validation().accuracy(), ProgressBar.duration(e.seconds()), e.genotype())
                + (Double.isNaN(e.hessianEigenvalue()) ? ""
                        : String.format(Locale.ROOT, " | Hessian eigenvalue %.4g", e.hessianEigenvalue()));
    }

    /** Prints how the search ended and returns the exit status. */
    int outcome(SearchResult r) {
        switch (r.status()) {
            case INTERRUPTED -> {
                return interruptedOutcome("search", r.epochsDone(), r.runDir());
            }
            case STOPPED -> out.printf("stopped after epoch %d of %d as asked; continue with: jdarts search --resume %s%n",
                    r.epochsDone(), r.epochs(), r.runDir());
            case ALREADY_FINISHED -> out.printf("%s: the search already %s; nothing to do%ngenotype = %s%n", r.runDir(),
                    r.epochsDone() < r.epochs() ? "ended by early stop after epoch " + r.epochsDone() + " of " + r.epochs()
                            : "finished its " + r.epochs() + " epochs", r.genotype());
            case FINISHED -> {
                if (r.epochsDone() < r.epochs()) {
                    out.printf("early stop after epoch %d of %d: its normal cell holds the configured number of skip"
                            + " connections; the genotype of the epoch before is kept%n", r.epochsDone(), r.epochs());
                }
                out.printf(Locale.ROOT, "final validation accuracy %.2f%% after %d epochs%ngenotype = %s%n"
                        + "run directory: %s%n", 100 * r.validationAccuracy(), r.epochsDone(), r.genotype(), r.runDir());
            }
            default -> throw new IllegalStateException(r.status().toString());
        }
        if (r.status() != RunStatus.ALREADY_FINISHED) {
            finalReport();
        }
        out.flush();
        return 0;
    }
}
