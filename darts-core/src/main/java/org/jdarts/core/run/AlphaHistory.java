package org.jdarts.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.io.Json;
import org.jdarts.core.genotype.ArchitectureWeights;

/**
 * The softmax α of a search after each epoch ({@code alphas.json}): the operations (columns), the
 * edges (rows, named as the reference orders them: {@code 2<-0}, {@code 2<-1}, {@code 3<-0}, …),
 * and one table per cell type and epoch.
 *
 * @param operations the search space's operation names
 * @param edges the edge names
 * @param epochs the weights after each epoch, epoch 1 first
 */
public record AlphaHistory(List<String> operations, List<String> edges, List<Epoch> epochs) {

    /**
     * The weights after one epoch.
     *
     * @param epoch the epoch, from 1
     * @param weights softmax α of both cell types
     */
    public record Epoch(int epoch, ArchitectureWeights weights) {}

    /** Returns the history a journal records. */
    public static AlphaHistory of(Journal journal, List<String> operations) {
        List<Epoch> epochs = new ArrayList<>();
        journal.records().forEach(r -> epochs.add(new Epoch(r.epoch(), r.weights())));
        int rows = epochs.isEmpty() ? 0 : epochs.get(0).weights().normal().length;
        return new AlphaHistory(List.copyOf(operations), edgeNames(rows), epochs);
    }

    /** Names edges as the reference orders them: "2&lt;-0", "2&lt;-1", "3&lt;-0", … */
    public static List<String> edgeNames(int edges) {
        List<String> names = new ArrayList<>();
        for (int node = 2; names.size() < edges; node++) {
            for (int j = 0; j < node && names.size() < edges; j++) {
                names.add(node + "<-" + j);
            }
        }
        return names;
    }

    /** Returns the JSON form. */
    public JsonNode toJson() {
        ObjectNode file = Json.MAPPER.createObjectNode();
        file.set("operations", Json.MAPPER.valueToTree(operations));
        file.set("edges", Json.MAPPER.valueToTree(edges));
        file.put("weights", "softmax over operations, per edge");
        ArrayNode list = file.putArray("epochs");
        for (Epoch e : epochs) {
            ObjectNode node = list.addObject();
            node.put("epoch", e.epoch());
            node.set("normal", Json.MAPPER.valueToTree(e.weights().normal()));
            node.set("reduce", Json.MAPPER.valueToTree(e.weights().reduce()));
        }
        return file;
    }

    /**
     * Reads the JSON form.
     *
     * @param node the content of {@code alphas.json}
     * @return the history
     */
    public static AlphaHistory fromJson(JsonNode node) {
        List<String> ops = new ArrayList<>();
        node.path("operations").forEach(n -> ops.add(n.asText()));
        List<String> edges = new ArrayList<>();
        node.path("edges").forEach(n -> edges.add(n.asText()));
        List<Epoch> epochs = new ArrayList<>();
        for (JsonNode e : node.path("epochs")) {
            epochs.add(new Epoch(e.path("epoch").asInt(), new ArchitectureWeights(
                    Json.MAPPER.convertValue(e.get("normal"), double[][].class),
                    Json.MAPPER.convertValue(e.get("reduce"), double[][].class))));
        }
        return new AlphaHistory(ops, edges, epochs);
    }
}
