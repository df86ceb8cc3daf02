package org.jdarts.experiments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.RegisteredOperation;

/**
 * A genotype and the operations its names stand for: from a search run directory the run's own
 * search space (so a sandglass with t = 6 stays t = 6), otherwise the registered operations with
 * their default parameters.
 *
 * @param genotype the architecture
 * @param operations resolves an operation name
 * @param space the search space's JSON, when the genotype came with one
 */
public record GenotypeSource(Genotype genotype, Function<String, CandidateOperation> operations, String space) {

    /**
     * Resolves what a user named and checks every operation exists.
     *
     * @param spec a built-in name, a JSON or Python-notation file, or a search run directory
     * @return the genotype with its operations
     * @throws IllegalArgumentException naming the genotype and what is wrong
     */
    public static GenotypeSource resolve(String spec) {
        OperationRegistry registry = OperationRegistry.load();
        Genotype genotype = GenotypeFiles.resolve(spec);
        Path spaceFile = Path.of(spec).resolve(SearchRun.SPACE);
        if (Files.isDirectory(Path.of(spec)) && Files.isRegularFile(spaceFile)) {
            SearchSpace space = SearchSpaces.resolve(spaceFile.toString(), registry);
            try {
                genotype.requireOperations(n -> space.indexOf(n) >= 0, space.names());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(spec + ": " + e.getMessage(), e);
            }
            return new GenotypeSource(genotype, n -> space.find(n).orElseThrow(), SearchSpaces.toJsonText(space));
        }
        try {
            genotype.requireOperations(registry::contains, registry.names());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("genotype " + spec + ": " + e.getMessage(), e);
        }
        return new GenotypeSource(genotype, name -> {
            RegisteredOperation op = registry.get(name);
            return new CandidateOperation(op, OperationArgs.resolve(op.operation(), Map.of()));
        }, null);
    }

    /**
     * Rebuilds the source saved in a training run directory ({@code genotype.json} and, if
     * present, {@code space.json}).
     *
     * @param runDir the training run
     * @return the genotype with its operations
     */
    public static GenotypeSource ofRun(Path runDir) {
        return resolve(runDir.toString());
    }
}
