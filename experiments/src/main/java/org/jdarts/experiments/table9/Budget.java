package org.jdarts.experiments.table9;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jdarts.core.io.Json;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.SearchPreset;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.experiments.TrainPreset;

/**
 * What one grid cell of an experiment costs: the search and training configurations every cell
 * starts from (their space, genotype and seed are the cell's), and whether partial data is accepted.
 *
 * @param name {@code smoke}, {@code cpu} or {@code paper}
 * @param search the search configuration of every search cell
 * @param train the training configuration of every evaluation cell
 * @param partialData whether the data folder may hold a subset of CIFAR-10 (smoke)
 */
public record Budget(String name, SearchConfig search, TrainConfig train, boolean partialData) {

    /** The configuration fields each cell (or the grid) sets itself, which {@link #with} cannot change. */
    private static final List<String> PER_CELL = List.of("space", "genotype", "seed", "preset", "order");

    /** A couple of minutes on the sample data, for CI: C 2, L 3 searches of one epoch, C 4, L 3 trainings. */
    public static final Budget SMOKE = new Budget("smoke",
            search(new SearchPreset("smoke", 8, 2, 3, 1, 16, 16, 16)),
            train(new TrainPreset("smoke", 4, 3, 16, 1, 64, 0.05, 16, 0.2, 0.4)), true);

    /**
     * About 90 minutes for the three spaces × 1 search × 1 evaluation on a 2-core CPU: quick-preset
     * searches (C 8, L 5, 5 epochs of 48 steps), trainings of C 16, L 6 for 2 epochs of 25,000
     * images, tested on the 10,000 test images.
     */
    public static final Budget CPU = new Budget("cpu", search(SearchPreset.QUICK.renamed("cpu")),
            train(new TrainPreset("cpu", 16, 6, 96, 2, 25_000, 0.1, 0, 0.0, 0.4)), false);

    /**
     * The paper's (a GPU budget): searches of 50 epochs, batch 64, C 16, L 8; trainings of 600
     * epochs, C 36, L 20, batch 96, cutout, auxiliary 0.4, drop-path 0.2.
     */
    public static final Budget PAPER = new Budget("paper", search(SearchPreset.PAPER),
            train(TrainPreset.PAPER), false);

    /** Returns every budget. */
    public static List<Budget> all() {
        return List.of(SMOKE, CPU, PAPER);
    }

    /**
     * Returns the budget of that name.
     *
     * @param name {@code smoke}, {@code cpu} or {@code paper}
     * @return the budget
     * @throws IllegalArgumentException naming the valid budgets
     */
    public static Budget named(String name) {
        return all().stream().filter(b -> b.name.equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("budget '" + name + "': valid are smoke, cpu, paper"));
    }

    private static SearchConfig search(SearchPreset p) {
        return SearchConfig.builder().setSpace("darts").optPreset(p).optSeed(1).build();
    }

    private static TrainConfig train(TrainPreset p) {
        return TrainConfig.builder().setGenotype("DARTS_V2").optPreset(p).optSeed(1).build();
    }

    /**
     * Returns the budget with values changed, as a preset's flags change it.
     *
     * @param overrides {@code search.FIELD} or {@code train.FIELD} (the configuration's JSON names,
     *     such as {@code search.epochs} or {@code train.trainImages}) to a value
     * @return the changed budget
     * @throws IllegalArgumentException naming an unknown key or a value the configuration refuses
     */
    public Budget with(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        ObjectNode s = Json.MAPPER.valueToTree(search);
        ObjectNode t = Json.MAPPER.valueToTree(train);
        for (var e : overrides.entrySet()) {
            String key = e.getKey();
            ObjectNode target = key.startsWith("search.") ? s : key.startsWith("train.") ? t : null;
            String field = key.substring(key.indexOf('.') + 1);
            if (target == null || !target.has(field) || PER_CELL.contains(field)) {
                throw new IllegalArgumentException("'" + key + "': valid keys are " + String.join(", ", keys()));
            }
            JsonNode old = target.get(field);
            try {
                if (old.isIntegralNumber()) {
                    target.put(field, Long.parseLong(e.getValue()));
                } else {
                    target.put(field, Double.parseDouble(e.getValue()));
                }
            } catch (NumberFormatException x) {
                throw new IllegalArgumentException("'" + key + "=" + e.getValue() + "': not a number");
            }
        }
        try {
            return new Budget(name, Json.MAPPER.treeToValue(s, SearchConfig.class),
                    Json.MAPPER.treeToValue(t, TrainConfig.class), partialData);
        } catch (JsonProcessingException | IllegalArgumentException x) {
            Throwable cause = x.getCause() instanceof IllegalArgumentException i ? i : x;
            String message = cause.getMessage() == null ? x.toString() : cause.getMessage();
            throw new IllegalArgumentException("budget override: " + message.lines().findFirst().orElse(message), x);
        }
    }

    /** Returns the keys {@link #with} accepts. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (String part : List.of("search", "train")) {
            ObjectNode node = Json.MAPPER.valueToTree(part.equals("search") ? CPU.search : CPU.train);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!PER_CELL.contains(f)) {
                    keys.add(part + "." + f);
                }
            }
        }
        return keys;
    }

    /** Returns the search configuration of one cell. */
    public SearchConfig search(String space, long seed, String order) {
        return search.toBuilder().setSpace(space).optSeed(seed).optOrder(order).build();
    }

    /**
     * Returns the budget whose searches use another method and monitors.
     *
     * @param withMethod maps the searches' configuration to the one with the method
     * @return the changed budget
     */
    public Budget withSearch(UnaryOperator<SearchConfig> withMethod) {
        return new Budget(name, withMethod.apply(search), train, partialData);
    }

    /** Returns the training configuration of one cell. */
    public TrainConfig train(String genotype, long seed) {
        return train.toBuilder().setGenotype(genotype).optSeed(seed).build();
    }
}
