package org.jdarts.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.run.AlphaHistory;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;

/**
 * Reads a run directory into a {@link RunSnapshot} through {@link RunDirectory}: the JSON and CSV
 * files a run writes, never its checkpoint or its network. A run still in progress is read as far
 * as all its per-epoch files agree (they are rewritten one after another after each epoch).
 */
public final class RunSnapshots {

    private RunSnapshots() {}

    /**
     * Reads a run directory.
     *
     * @param path the directory
     * @return what it holds
     * @throws IllegalArgumentException naming the directory and the file that is missing or unusable
     * @throws IOException if a file cannot be read (a damaged one: {@link org.jdarts.core.io.CorruptFileException})
     */
    public static RunSnapshot read(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + ": not a directory (expected a search or training run directory)");
        }
        RunDirectory run = new RunDirectory(path);
        RunKind kind = run.kind();
        JsonNode config = run.readConfig();
        require(run, RunDirectory.METRICS, "the run has not finished an epoch yet");
        MetricsCsv.Table metrics = run.readMetrics();
        Provenance provenance = run.has(RunDirectory.PROVENANCE) ? run.readProvenance() : null;
        if (kind == RunKind.TRAINING) {
            require(run, RunDirectory.GENOTYPE, "a training run records the genotype it trains there");
            JsonNode results = run.has(RunDirectory.RESULTS) ? run.readJson(RunDirectory.RESULTS, JsonNode.class) : null;
            return new RunSnapshot(path, kind, config, provenance, metrics, null, List.of(), genotypeOf(run), results,
                    null);
        }
        require(run, RunDirectory.ALPHAS, "a search records softmax(α) there after every epoch");
        require(run, RunDirectory.GENOTYPES, "a search records its genotype there after every epoch");
        AlphaHistory alphas = run.readAlphas();
        List<Genotype> genotypes = new ArrayList<>();
        for (JsonNode g : run.readJson(RunDirectory.GENOTYPES, JsonNode.class)) {
            genotypes.add(GenotypeFiles.fromJson(g));
        }
        int epochs = Math.min(metrics.rows().size(), Math.min(alphas.epochs().size(), genotypes.size()));
        if (epochs == 0) {
            throw new IllegalArgumentException(path + ": no finished epoch in " + RunDirectory.METRICS + ", "
                    + RunDirectory.ALPHAS + " and " + RunDirectory.GENOTYPES + " yet");
        }
        metrics = new MetricsCsv.Table(metrics.columns(), List.copyOf(metrics.rows().subList(0, epochs)));
        alphas = new AlphaHistory(alphas.operations(), alphas.edges(), alphas.epochs().subList(0, epochs));
        genotypes = genotypes.subList(0, epochs);
        MetricsCsv.Table monitors = null;
        if (run.has(RunDirectory.MONITORS)) {
            MetricsCsv.Table m = MetricsCsv.read(run.file(RunDirectory.MONITORS));
            monitors = new MetricsCsv.Table(m.columns(), List.copyOf(m.rows().subList(0, Math.min(epochs,
                    m.rows().size()))));
        }
        boolean sealed = provenance != null && provenance.finished() != null && run.has(RunDirectory.GENOTYPE);
        return new RunSnapshot(path, kind, config, provenance, metrics, alphas, genotypes,
                sealed ? genotypeOf(run) : genotypes.get(epochs - 1), null, monitors);
    }

    private static Genotype genotypeOf(RunDirectory run) throws IOException {
        try {
            return GenotypeFiles.fromJson(run.readJson(RunDirectory.GENOTYPE, JsonNode.class));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(run.file(RunDirectory.GENOTYPE) + ": " + e.getMessage(), e);
        }
    }

    private static void require(RunDirectory run, String file, String why) {
        if (!run.has(file)) {
            throw new IllegalArgumentException(run.path() + ": no " + file + " (" + why + ")");
        }
    }
}
