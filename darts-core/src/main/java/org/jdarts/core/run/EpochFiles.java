package org.jdarts.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;

/**
 * The files of a run directory that are written from its {@link Journal} after every epoch (and
 * can always be written again from the checkpoint's journal), and a search's final genotype.
 */
public final class EpochFiles {

    private EpochFiles() {}

    /**
     * Writes the per-epoch files from the journal: {@value RunDirectory#METRICS}, and for a search
     * {@value RunDirectory#ALPHAS} and {@value RunDirectory#GENOTYPES}.
     *
     * @param dir the run directory
     * @param kind the run's kind
     * @param journal every finished epoch
     * @param operations the search space's operation names (α's columns; searches only)
     * @throws IOException if a file cannot be written
     */
    public static void write(RunDirectory dir, RunKind kind, Journal journal, List<String> operations)
            throws IOException {
        write(dir, kind, journal, operations, Set.of());
    }

    /**
     * Writes the per-epoch files from the journal: {@value RunDirectory#METRICS}, and for a search
     * {@value RunDirectory#ALPHAS}, {@value RunDirectory#GENOTYPES} and {@value RunDirectory#MONITORS}.
     *
     * @param dir the run directory
     * @param kind the run's kind
     * @param journal every finished epoch
     * @param operations the search space's operation names (α's columns; searches only)
     * @param parameterFree the names of the space's parameter-free operations (searches only)
     * @throws IOException if a file cannot be written
     */
    public static void write(RunDirectory dir, RunKind kind, Journal journal, List<String> operations,
            Set<String> parameterFree) throws IOException {
        List<Map<String, Double>> rows = new ArrayList<>();
        journal.records().forEach(r -> rows.add(r.metrics()));
        dir.writeString(RunDirectory.METRICS, MetricsCsv.format(kind.metricColumns(), rows));
        if (kind == RunKind.SEARCH) {
            dir.writeJson(RunDirectory.ALPHAS, AlphaHistory.of(journal, operations).toJson());
            List<JsonNode> genotypes = new ArrayList<>();
            for (EpochRecord r : journal.records()) {
                ObjectNode g = GenotypeFiles.toJson(r.genotype());
                g.put("epoch", r.epoch());
                genotypes.add(g);
            }
            dir.writeJson(RunDirectory.GENOTYPES, genotypes);
            dir.writeString(RunDirectory.MONITORS,
                    MetricsCsv.format(SearchMonitors.columns(journal), SearchMonitors.rows(journal, parameterFree)));
        }
    }

    /**
     * Writes a search's final genotype ({@value RunDirectory#GENOTYPE} and {@value RunDirectory#GENOTYPE_TEXT}).
     *
     * @param dir the run directory
     * @param genotype the genotype
     * @throws IOException if a file cannot be written
     */
    public static void writeFinalGenotype(RunDirectory dir, Genotype genotype) throws IOException {
        dir.writeJson(RunDirectory.GENOTYPE, GenotypeFiles.toJson(genotype));
        dir.writeString(RunDirectory.GENOTYPE_TEXT, genotype + "\n");
    }
}
