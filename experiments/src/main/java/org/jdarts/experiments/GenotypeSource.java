package org.jdarts.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.OperationTrait;
import org.jdarts.space.op.RegisteredOperation;

/**
 * A genotype and the operations its names stand for: from a run directory the run's own search
 * space (so a sandglass with t = 6 stays t = 6), otherwise the registered operations with their
 * default parameters.
 *
 * @param genotype the architecture
 * @param operations resolves an operation name
 * @param space the search space's JSON, when the genotype came with one
 */
public record GenotypeSource(Genotype genotype, Function<String, CandidateOperation> operations, String space) {

    /**
     * Resolves what a user named and checks that every operation exists and is not a zero
     * operation. The genotype of a search run directory must match the one its checkpoint records.
     *
     * @param spec a built-in name, a JSON or Python-notation file, or a search run directory
     * @return the genotype with its operations
     * @throws IllegalArgumentException naming the genotype and what is wrong
     * @throws UncheckedIOException wrapping a {@link CorruptFileException} for a damaged search run
     */
    public static GenotypeSource resolve(String spec) {
        Genotype genotype = GenotypeFiles.resolve(spec);
        Path dir = Path.of(spec);
        RunDirectory run = new RunDirectory(dir);
        if (Files.isDirectory(dir) && run.has(RunDirectory.SPACE)) {
            if (run.has(RunDirectory.CONFIG) && run.kind() == RunKind.SEARCH) {
                verifySearch(run, genotype);
            }
            return of(genotype, run.file(RunDirectory.SPACE), spec);
        }
        return of(genotype, null, "genotype " + spec);
    }

    /**
     * Pairs a genotype with the operations of a search space file, or with the registered
     * operations and their defaults, and checks that every operation exists and is not a zero
     * operation.
     *
     * @param genotype the architecture
     * @param spaceFile a search space file ({@code space.json} of a run), or null for the registered operations
     * @param name how error messages name the genotype
     * @return the genotype with its operations
     * @throws IllegalArgumentException naming the genotype and the operation that is not usable
     */
    public static GenotypeSource of(Genotype genotype, Path spaceFile, String name) {
        OperationRegistry registry = OperationRegistry.load();
        if (spaceFile != null) {
            SearchSpace space = SearchSpaces.resolve(spaceFile.toString(), registry);
            List<String> usable = space.names().stream().filter(n -> !space.zeroOperations().contains(n)).toList();
            try {
                genotype.requireOperations(usable::contains, usable);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
            return new GenotypeSource(genotype, n -> space.find(n).orElseThrow(), SearchSpaces.toJsonText(space));
        }
        List<String> usable = registry.all().stream().filter(op -> !op.operation().traits(1)
                .contains(OperationTrait.ZERO)).map(RegisteredOperation::name).toList();
        try {
            genotype.requireOperations(usable::contains, usable);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        return new GenotypeSource(genotype, n -> CandidateOperation.withDefaults(registry.get(n)), null);
    }

    /** Checks a search's final genotype against its checkpoint, whose checksum is verified on the way. */
    private static void verifySearch(RunDirectory run, Genotype genotype) {
        try {
            JsonNode journal = run.readCheckpointHeader().journal();
            Genotype recorded = Journal.fromJson(journal).last().genotype();
            if (!recorded.equals(genotype)) {
                throw new CorruptFileException(run.file(RunDirectory.GENOTYPE),
                        "differs from the final genotype recorded in " + RunDirectory.CHECKPOINT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
