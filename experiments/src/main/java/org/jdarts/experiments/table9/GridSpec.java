package org.jdarts.experiments.table9;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.io.Json;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.space.ConfigException;

/**
 * An experiment grid: the spaces, searches per space, evaluation seeds per search, search order
 * and budget, recorded in {@value #MANIFEST} so that a re-run, a {@code --list}, an
 * {@code --index} and {@code collect} all see the same grid.
 *
 * @param experiment the experiment's name ({@code table9})
 * @param spaces the search spaces, in the table's order
 * @param searches searches per space (seeds 1..searches)
 * @param evalSeeds trainings per search (seeds 1..evalSeeds)
 * @param order first- or second-order search
 * @param budget the budget, with any values overridden
 * @param random random genotypes per space (draw seeds 1..random), each trained like a search's
 *     genotype with seeds 1..evalSeeds: the baseline the searches are compared with
 */
public record GridSpec(String experiment, List<String> spaces, int searches, int evalSeeds, String order, Budget budget,
        int random) {

    /** The grid's manifest file in the experiment folder. */
    public static final String MANIFEST = "experiment.json";

    /** Validates the counts. */
    public GridSpec {
        spaces = List.copyOf(spaces);
        if (searches < 1) {
            throw new ConfigException("searches", "must be at least 1, got " + searches);
        }
        if (evalSeeds < 1) {
            throw new ConfigException("evalSeeds", "must be at least 1, got " + evalSeeds);
        }
        if (random < 0) {
            throw new ConfigException("random", "must be at least 0, got " + random);
        }
    }

    /**
     * Returns the grid's cells: every search first (space by space), then every training of a
     * search's genotype, then every training of a random genotype (so that a grid with random
     * genotypes keeps the indices of the same grid without them).
     */
    public List<GridCell> cells(Path root) {
        List<GridCell> cells = new ArrayList<>();
        for (String space : spaces) {
            for (int s = 1; s <= searches; s++) {
                cells.add(GridCell.search(cells.size(), root, space, s));
            }
        }
        for (String space : spaces) {
            for (int s = 1; s <= searches; s++) {
                for (int e = 1; e <= evalSeeds; e++) {
                    cells.add(GridCell.training(cells.size(), root, space, s, e));
                }
            }
        }
        for (String space : spaces) {
            for (int k = 1; k <= random; k++) {
                for (int e = 1; e <= evalSeeds; e++) {
                    cells.add(GridCell.random(cells.size(), root, space, k, e));
                }
            }
        }
        return cells;
    }

    /** Returns the manifest's JSON. */
    JsonNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("experiment", experiment);
        node.set("spaces", Json.MAPPER.valueToTree(spaces));
        node.put("searches", searches);
        node.put("evalSeeds", evalSeeds);
        node.put("order", order);
        node.put("budget", budget.name());
        node.put("partialData", budget.partialData());
        node.set("search", Json.MAPPER.valueToTree(budget.search()));
        node.set("train", Json.MAPPER.valueToTree(budget.train()));
        if (random > 0) {
            node.put("random", random);
        }
        return node;
    }

    /**
     * Reads a manifest.
     *
     * @param root the experiment folder
     * @return its grid
     * @throws IllegalArgumentException if the folder holds no grid
     * @throws IOException if it cannot be read
     */
    public static GridSpec read(Path root) throws IOException {
        Path file = root.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(root + ": no " + MANIFEST + " (not an experiment folder)");
        }
        try {
            JsonNode n = Json.MAPPER.readTree(file.toFile());
            List<String> spaces = new ArrayList<>();
            n.path("spaces").forEach(s -> spaces.add(s.asText()));
            Budget base = Budget.named(n.path("budget").asText());
            Budget budget = new Budget(base.name(),
                    Json.MAPPER.treeToValue(n.get("search"), SearchConfig.class),
                    Json.MAPPER.treeToValue(n.get("train"), TrainConfig.class),
                    n.path("partialData").asBoolean());
            return new GridSpec(n.path("experiment").asText(), spaces, n.path("searches").asInt(),
                    n.path("evalSeeds").asInt(), n.path("order").asText(), budget, n.path("random").asInt(0));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new CorruptFileException(file, e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Records this grid in a folder, or checks that the folder holds it or a grid this one grows: the
     * same grid with fewer searches, evaluations or random genotypes, whose cells are all cells of
     * this one (finished ones are kept; the manifest is rewritten to this grid).
     *
     * @param root the experiment folder
     * @return the grid the folder held, if this one grows it; {@code null} otherwise
     * @throws IllegalArgumentException if the folder holds another grid or something else
     * @throws IOException if it cannot be written
     */
    public GridSpec claim(Path root) throws IOException {
        if (Files.isRegularFile(root.resolve(MANIFEST))) {
            return claimExisting(root);
        }
        if (Files.isDirectory(root)) {
            try (var entries = Files.list(root)) {
                // another task of the same grid may be writing the manifest this moment
                if (entries.anyMatch(e -> !AtomicFiles.isTemporary(e.getFileName().toString()))
                        && !Files.isRegularFile(root.resolve(MANIFEST))) {
                    throw new IllegalArgumentException(root + " exists and is not an experiment folder (no " + MANIFEST
                            + "); use another --out");
                }
            }
        }
        Files.createDirectories(root);
        // several array tasks may start at once on a new folder: one writes the manifest, the others check it
        if (AtomicFiles.createIfAbsent(root.resolve(MANIFEST), AtomicFiles.toJson(toJson()))) {
            return null;
        }
        return claimExisting(root);
    }

    private GridSpec claimExisting(Path root) throws IOException {
        GridSpec existing = read(root);
        if (existing.toJson().equals(toJson())) {
            return null;
        }
        if (!grows(existing)) {
            throw anotherGrid(root, existing);
        }
        AtomicFiles.writeJson(root.resolve(MANIFEST), toJson());
        return existing;
    }

    /** Whether this grid is {@code smaller} with at least as many searches, evaluations and random genotypes. */
    private boolean grows(GridSpec smaller) {
        GridSpec counted = new GridSpec(smaller.experiment, smaller.spaces, searches, evalSeeds, smaller.order,
                smaller.budget, random);
        return counted.toJson().equals(toJson()) && searches >= smaller.searches && evalSeeds >= smaller.evalSeeds
                && random >= smaller.random;
    }

    /**
     * Checks that a folder holds no other grid than this one.
     *
     * @param root the experiment folder
     * @return whether it holds this grid (false: it holds none)
     * @throws IllegalArgumentException if it holds another grid
     * @throws IOException if its manifest cannot be read
     */
    public boolean requireSame(Path root) throws IOException {
        if (!Files.isRegularFile(root.resolve(MANIFEST))) {
            return false;
        }
        GridSpec existing = read(root);
        if (!existing.toJson().equals(toJson())) {
            throw anotherGrid(root, existing);
        }
        return true;
    }

    /**
     * Returns the grid a folder holds if this one would grow it, without writing anything.
     *
     * @param root the experiment folder
     * @return the grid it holds, if this one grows it; {@code null} if it holds this grid or none
     * @throws IllegalArgumentException if it holds another grid that this one does not grow
     * @throws IOException if its manifest cannot be read
     */
    public GridSpec grownFrom(Path root) throws IOException {
        if (!Files.isRegularFile(root.resolve(MANIFEST))) {
            return null;
        }
        GridSpec existing = read(root);
        if (existing.toJson().equals(toJson())) {
            return null;
        }
        if (!grows(existing)) {
            throw anotherGrid(root, existing);
        }
        return existing;
    }

    private IllegalArgumentException anotherGrid(Path root, GridSpec existing) {
        return new IllegalArgumentException(root + " holds another experiment's grid (" + existing.describe()
                + "); this command asks for " + describe() + "; use another --out (a grid may only grow: more"
                + " searches, evaluations or random genotypes, all else the same)");
    }

    /** Describes the grid in a few words. */
    public String describe() {
        return experiment + ", budget " + budget.name() + ", " + searches + " search(es) x " + evalSeeds
                + " evaluation(s) per space" + (random > 0 ? ", " + random + " random genotype(s) x " + evalSeeds
                        + " evaluation(s) per space" : "") + ", order " + order
                + (budget.equals(Budget.named(budget.name())) ? "" : ", budget values changed");
    }
}
