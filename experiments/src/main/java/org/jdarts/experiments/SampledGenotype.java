package org.jdarts.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.genotype.PythonNotation;
import org.jdarts.core.genotype.RandomGenotypes;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;

/**
 * A genotype drawn at random from a search space ({@link RandomGenotypes}) and the folder that
 * keeps it: {@code genotype.json}, {@code genotype.txt} (Python notation), {@code space.json} and
 * {@value #RECORD} (space, seed, the rule, jdarts' version), which {@code jdarts train --genotype
 * DIR} and a grid's random training read like a search's genotype.
 *
 * @param space the space's name or file, as given
 * @param seed the draw's seed
 * @param genotype the genotype drawn
 * @param searchSpace the resolved space
 */
public record SampledGenotype(String space, long seed, Genotype genotype, SearchSpace searchSpace) {

    /** The file that says how the genotype was drawn. */
    public static final String RECORD = "sample.json";

    /** The derivation rule the draw follows, as the record states it. */
    public static final String RULE = "uniform under DARTS' derivation rule: per cell, every intermediate node reads"
            + " two distinct earlier nodes, each through an operation that is not a zero operation; all intermediate"
            + " nodes concatenated";

    /**
     * Draws a genotype.
     *
     * @param space a space's name ({@code darts}, ...) or file
     * @param seed the seed
     * @return the draw
     * @throws IllegalArgumentException if the space cannot be resolved
     */
    public static SampledGenotype draw(String space, long seed) {
        return draw(SearchSpaces.resolve(space, OperationRegistry.load()), space, seed);
    }

    /**
     * Draws a genotype of a resolved space.
     *
     * @param space the space
     * @param name its name or file, as given
     * @param seed the seed
     * @return the draw
     */
    public static SampledGenotype draw(SearchSpace space, String name, long seed) {
        return new SampledGenotype(name, seed, RandomGenotypes.sample(space.names(), space.zeroOperations(), seed),
                space);
    }

    /**
     * Writes the folder (each file atomically; writing it again writes the same bytes).
     *
     * @param dir the folder (created if absent)
     * @throws IOException if a file cannot be written
     */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve(RunDirectory.SPACE), SearchSpaces.toJsonText(searchSpace));
        AtomicFiles.writeString(dir.resolve(RunDirectory.GENOTYPE_TEXT), PythonNotation.format(genotype) + "\n");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("space", searchSpace.name());
        record.put("seed", seed);
        record.put("rule", RULE);
        record.put("jdarts", BuildInfo.version());
        AtomicFiles.writeJson(dir.resolve(RECORD), record);
        AtomicFiles.writeJson(dir.resolve(RunDirectory.GENOTYPE), GenotypeFiles.toJson(genotype));
    }
}
