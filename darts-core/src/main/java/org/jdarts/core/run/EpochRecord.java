package org.jdarts.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.io.Json;
import org.jdarts.core.genotype.ArchitectureWeights;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.core.train.TrainEpoch;

/**
 * A finished epoch as a run directory records it: its {@code metrics.csv} row and, for a search,
 * its softmax α and derived genotype. The checkpoint carries every record of the run, so that the
 * per-epoch files can always be rewritten from it.
 *
 * @param metrics column name to value, one entry per {@code metrics.csv} column (epoch from 1)
 * @param weights softmax α after the epoch (searches), or null
 * @param genotype the genotype derived after the epoch (searches), or null
 */
public record EpochRecord(Map<String, Double> metrics, ArchitectureWeights weights, Genotype genotype) {

    /** Copies the metrics. */
    public EpochRecord {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** Returns the epoch, from 1. */
    public int epoch() {
        return (int) Math.round(get(Metric.EPOCH));
    }

    /**
     * Returns a metric's value.
     *
     * @param metric the metric
     * @return its value, or null if this epoch did not record it
     */
    public Double get(Metric metric) {
        return metrics.get(metric.key());
    }

    /** Returns the record of a search epoch. */
    public static EpochRecord of(SearchEpoch e) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Metric.EPOCH.key(), e.epoch() + 1.0);
        m.put(Metric.LR.key(), e.lr());
        m.put(Metric.TRAIN_LOSS.key(), e.train().loss());
        m.put(Metric.TRAIN_ACC.key(), e.train().accuracy());
        m.put(Metric.VAL_LOSS.key(), e.validation().loss());
        m.put(Metric.VAL_ACC.key(), e.validation().accuracy());
        m.put(Metric.SECONDS.key(), e.seconds());
        if (Double.isFinite(e.hessianEigenvalue())) { // kept only where estimated: JSON has no NaN or infinity
            m.put(SearchMonitors.HESSIAN, e.hessianEigenvalue());
        }
        return new EpochRecord(m, e.weights(), e.genotype());
    }

    /** Returns the record of a training epoch. */
    public static EpochRecord of(TrainEpoch e) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Metric.EPOCH.key(), e.epoch() + 1.0);
        m.put(Metric.LR.key(), e.lr());
        m.put(Metric.DROP_PATH.key(), e.dropPath());
        m.put(Metric.TRAIN_LOSS.key(), e.train().loss());
        m.put(Metric.TRAIN_ACC.key(), e.train().accuracy());
        m.put(Metric.TEST_LOSS.key(), e.test().loss());
        m.put(Metric.TEST_ACC.key(), e.test().accuracy());
        m.put(Metric.SECONDS.key(), e.seconds());
        return new EpochRecord(m, null, null);
    }

    /** Returns the JSON form kept in checkpoints. */
    public JsonNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.set("metrics", Json.MAPPER.valueToTree(metrics));
        if (weights != null) {
            node.set("normal", Json.MAPPER.valueToTree(weights.normal()));
            node.set("reduce", Json.MAPPER.valueToTree(weights.reduce()));
        }
        if (genotype != null) {
            node.set("genotype", GenotypeFiles.toJson(genotype));
        }
        return node;
    }

    /**
     * Reads the JSON form.
     *
     * @param node what {@link #toJson} wrote
     * @return the record
     */
    public static EpochRecord fromJson(JsonNode node) {
        Map<String, Double> m = new LinkedHashMap<>();
        node.path("metrics").properties().forEach(f -> m.put(f.getKey(), f.getValue().asDouble()));
        ArchitectureWeights w = node.has("normal") ? new ArchitectureWeights(
                Json.MAPPER.convertValue(node.get("normal"), double[][].class),
                Json.MAPPER.convertValue(node.get("reduce"), double[][].class)) : null;
        Genotype g = node.has("genotype") ? GenotypeFiles.fromJson(node.get("genotype")) : null;
        return new EpochRecord(m, w, g);
    }
}
