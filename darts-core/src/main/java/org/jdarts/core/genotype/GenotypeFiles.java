package org.jdarts.core.genotype;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Genotypes as JSON ({@code {"normal": [["sep_conv_3x3", 0], ...], "normal_concat": [2, 3, 4, 5],
 * ...}}) and resolution of what a user names: a built-in name, a JSON file, a file in Python
 * notation, or a search run directory (its {@code genotype.json}).
 */
public final class GenotypeFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file a search run directory keeps its final genotype in. */
    public static final String RUN_GENOTYPE = "genotype.json";

    private GenotypeFiles() {}

    /** Returns the JSON form of a genotype. */
    public static ObjectNode toJson(Genotype g) {
        ObjectNode node = JSON.createObjectNode();
        node.set("normal", edges(g.normal()));
        node.set("normal_concat", ints(g.normalConcat()));
        node.set("reduce", edges(g.reduce()));
        node.set("reduce_concat", ints(g.reduceConcat()));
        node.put("python", PythonNotation.format(g));
        return node;
    }

    private static ArrayNode edges(List<GenotypeEdge> edges) {
        ArrayNode array = JSON.createArrayNode();
        for (GenotypeEdge e : edges) {
            array.add(JSON.createArrayNode().add(e.op()).add(e.input()));
        }
        return array;
    }

    private static ArrayNode ints(List<Integer> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /**
     * Reads the JSON form.
     *
     * @param node the JSON object
     * @return the genotype
     * @throws IllegalArgumentException if a field is missing or malformed
     */
    public static Genotype fromJson(JsonNode node) {
        return new Genotype(readEdges(node, "normal"), readInts(node, "normal_concat"),
                readEdges(node, "reduce"), readInts(node, "reduce_concat"));
    }

    private static List<GenotypeEdge> readEdges(JsonNode node, String field) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("genotype JSON lacks the list \"" + field + "\"");
        }
        List<GenotypeEdge> edges = new ArrayList<>();
        for (JsonNode e : array) {
            if (!e.isArray() || e.size() != 2 || !e.get(0).isTextual() || !e.get(1).canConvertToInt()) {
                throw new IllegalArgumentException("\"" + field + "\": expected [\"op\", input] pairs, got " + e);
            }
            edges.add(new GenotypeEdge(e.get(0).asText(), e.get(1).asInt()));
        }
        return edges;
    }

    private static List<Integer> readInts(JsonNode node, String field) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("genotype JSON lacks the list \"" + field + "\"");
        }
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    /**
     * Resolves what a user named.
     *
     * @param spec {@code DARTS_V1}, {@code DARTS_V2}, a {@code .json} file, a Python-notation file,
     *     or a search run directory
     * @return the genotype
     * @throws IllegalArgumentException naming the file or name and what is wrong
     */
    public static Genotype resolve(String spec) {
        var builtIn = BuiltinGenotypes.find(spec);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            path = path.resolve(RUN_GENOTYPE);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(spec + ": a directory without " + RUN_GENOTYPE
                        + " (not a finished search run)");
            }
        } else if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("genotype '" + spec + "' is neither a built-in name ("
                    + String.join(", ", BuiltinGenotypes.names()) + "), a file, nor a search run directory");
        }
        try {
            String text = Files.readString(path);
            if (text.strip().startsWith("{")) {
                return fromJson(JSON.readTree(text));
            }
            return PythonNotation.parse(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }
}
