package org.jdarts.space;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.RegisteredOperation;

/**
 * Reads search spaces: the built-in ones by name ({@code darts}, {@code darts-ir},
 * {@code darts-sandglass}, the three rows of MobileNeXt's Table 9) and user files in JSON.
 *
 * <p>The JSON form is {@code {"name": "...", "operations": ["none", {"op": "sandglass_3x3", "t": 6,
 * "identity": 0.5}, ...]}}: each entry is an operation name or an object with {@code op} and the
 * operation's parameters.
 */
public final class SearchSpaces {

    /** The names of the built-in spaces, in Table 9's order. */
    public static final List<String> BUILT_IN = List.of("darts", "darts-ir", "darts-sandglass");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchSpaces() {}

    /**
     * Resolves a built-in name or the path of a JSON file.
     *
     * @param nameOrFile {@code darts}, {@code darts-ir}, {@code darts-sandglass} or a file path
     * @param registry the operations to resolve names against
     * @return the search space
     * @throws IllegalArgumentException with one line naming the space or file and what is wrong
     */
    public static SearchSpace resolve(String nameOrFile, OperationRegistry registry) {
        if (BUILT_IN.contains(nameOrFile)) {
            return builtIn(nameOrFile, registry);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("search space '" + nameOrFile
                    + "' is neither a built-in space (" + String.join(", ", BUILT_IN)
                    + ") nor a readable JSON file");
        }
        try {
            return parse(Files.readString(file), defaultName(file), registry);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns a built-in space.
     *
     * @param name one of {@link #BUILT_IN}
     * @param registry the operations to resolve names against
     * @return the space
     */
    public static SearchSpace builtIn(String name, OperationRegistry registry) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown built-in search space '" + name + "'; valid: " + String.join(", ", BUILT_IN));
        }
        String resource = "spaces/" + name + ".json";
        try (InputStream in = SearchSpaces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the JSON form of a search space.
     *
     * @param json the text
     * @param defaultName the name to use when the JSON has none
     * @param registry the operations to resolve names against
     * @return the space
     * @throws IllegalArgumentException naming the entry and what is wrong
     */
    public static SearchSpace parse(String json, String defaultName, OperationRegistry registry) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with \"operations\"");
        }
        String name = root.hasNonNull("name") ? root.get("name").asText() : defaultName;
        JsonNode ops = root.get("operations");
        if (ops == null || !ops.isArray()) {
            throw new IllegalArgumentException("\"operations\" must be an array of operation names or objects");
        }
        List<CandidateOperation> candidates = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            try {
                candidates.add(entry(ops.get(i), registry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("operations[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new SearchSpace(name, candidates);
    }

    private static CandidateOperation entry(JsonNode node, OperationRegistry registry) {
        if (node.isTextual()) {
            return CandidateOperation.withDefaults(registry.get(node.asText()));
        }
        if (!node.isObject() || !node.hasNonNull("op") || !node.get("op").isTextual()) {
            throw new IllegalArgumentException(
                    "expected an operation name or an object {\"op\": NAME, PARAMETER: VALUE...}, got " + node);
        }
        RegisteredOperation op = registry.get(node.get("op").asText());
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (field.getKey().equals("op")) {
                continue;
            }
            if (!value.isNumber() && !value.isTextual()) {
                throw new IllegalArgumentException("operation '" + op.name() + "': " + field.getKey()
                        + " must be a number or a name, got " + value);
            }
            values.put(field.getKey(), value.isNumber() ? value.numberValue() : value.asText());
        }
        return new CandidateOperation(op, OperationArgs.resolve(op.operation(), values));
    }

    /**
     * Serialises a space to JSON text.
     *
     * @param space the space
     * @return pretty-printed JSON that {@link #parse} reads back
     */
    public static String toJsonText(SearchSpace space) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(space.toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String defaultName(Path file) {
        String base = file.getFileName().toString();
        return base.endsWith(".json") ? base.substring(0, base.length() - 5) : base;
    }
}
