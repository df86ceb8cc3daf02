package org.jdarts.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.run.AlphaHistory;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunKind;

/**
 * What a report shows of a run directory, as read at one moment: a finished run, or one still in
 * progress or stopped, with the epochs it has.
 *
 * @param dir the run directory
 * @param kind search or training
 * @param config the configuration ({@code config.json})
 * @param provenance where it came from, or null if the run has no {@code provenance.json}
 * @param metrics one row per finished epoch
 * @param alphas softmax α after every epoch (searches; null for training runs)
 * @param genotypes the genotype after every epoch (searches; empty for training runs)
 * @param genotype a search's final genotype once it finished (after an early stop, that of the
 *     epoch before the last), else its latest; or the genotype a training run trains
 * @param results the final results of a training run ({@code results.json}), or null
 * @param monitors a search's collapse monitors ({@code monitors.csv}), or null (training runs, and
 *     searches made before monitors existed)
 */
public record RunSnapshot(Path dir, RunKind kind, JsonNode config, Provenance provenance, MetricsCsv.Table metrics,
        AlphaHistory alphas, List<Genotype> genotypes, Genotype genotype, JsonNode results, MetricsCsv.Table monitors) {

    /** Copies the genotype list. */
    public RunSnapshot {
        genotypes = List.copyOf(genotypes);
    }

    /** Returns the run's name: its directory's name. */
    public String name() {
        Path file = dir.toAbsolutePath().normalize().getFileName();
        return file == null ? dir.toString() : file.toString();
    }

    /** Returns the epochs finished. */
    public int epochsDone() {
        return metrics.rows().size();
    }

    /** Returns the epochs the run was configured for. */
    public int epochsPlanned() {
        return config.path("epochs").asInt(epochsDone());
    }

    /** Returns whether the run finished (its provenance says when). */
    public boolean finished() {
        return provenance != null && provenance.finished() != null;
    }

    /** Returns "finished", or how far a run in progress or stopped has come. */
    public String state() {
        return finished() ? "finished" : "in progress or stopped: " + epochsDone() + " of " + epochsPlanned()
                + " epochs";
    }

    /** Returns the search space's name (searches) or the genotype's source (training runs). */
    public String subject() {
        return kind == RunKind.SEARCH ? config.path("space").asText() : config.path("genotype").asText();
    }

    /** Returns the last epoch's value of a metrics column, if the run has that column and an epoch. */
    public Optional<Double> last(Metric metric) {
        return last(metric.key());
    }

    /** Returns the last recorded value of a column, if any. */
    public Optional<Double> last(String column) {
        if (metrics.rows().isEmpty() || !metrics.columns().contains(column)) {
            return Optional.empty();
        }
        return Optional.of(metrics.rows().get(metrics.rows().size() - 1).get(column));
    }

    /** Returns the seconds all finished epochs took. */
    public double seconds() {
        return metrics.columns().contains(Metric.SECONDS.key()) ? Arrays.stream(metrics.column(Metric.SECONDS)).sum()
                : 0;
    }

    /** Returns the network's initial channels in the run's configuration. */
    public int channels() {
        return config.path("channels").asInt();
    }

    /** Returns the network's cells in the run's configuration. */
    public int layers() {
        return config.path("layers").asInt();
    }
}
