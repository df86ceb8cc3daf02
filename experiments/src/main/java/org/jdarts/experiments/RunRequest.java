package org.jdarts.experiments;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.data.ReadOptions;
import org.jdarts.space.ConfigException;
import org.jdarts.space.blocks.MemoryLayout;

/**
 * Where and how to run a search or a training run: everything but the configuration of the
 * network and its optimisation.
 *
 * @param runDir the run directory
 * @param dataDir the data folder; on resume {@code null} means the folder the run recorded
 * @param partialData whether the folder may hold a subset of its data set (a resumed run also reads
 *     partial data when it started with it)
 * @param device where to compute
 * @param fuseEdges whether a search evaluates the edges that leave a node together (same results up to
 *     floating-point rounding, less work); training runs ignore it
 * @param force whether a new run may replace an existing run directory
 * @param stopAfter stop after this many more epochs, leaving a checkpoint ({@link Integer#MAX_VALUE}: never)
 * @param commandLine the arguments the run was started with, for provenance
 * @param layout how the network keeps its activations in memory (same results up to floating-point
 *     rounding)
 * @param dataSource the name of the data source that reads the folder ({@code cifar10}, ...), or
 *     {@code null}: the one that recognises the folder (on resume: the one the run recorded)
 * @param readOptions how the source reads the folder (image size, test portion, unreadable files;
 *     {@code partialData} overrides its {@code partial}), or {@code null}: the defaults (on resume:
 *     the options the run recorded)
 */
public record RunRequest(Path runDir, Path dataDir, boolean partialData, Device device, boolean fuseEdges,
        boolean force, int stopAfter, List<String> commandLine, MemoryLayout layout, String dataSource,
        ReadOptions readOptions) {

    /** A request whose data source is recognised from the folder. */
    public RunRequest(Path runDir, Path dataDir, boolean partialData, Device device, boolean fuseEdges,
            boolean force, int stopAfter, List<String> commandLine, MemoryLayout layout) {
        this(runDir, dataDir, partialData, device, fuseEdges, force, stopAfter, commandLine, layout, null, null);
    }

    /** A request in the default memory layout ({@link MemoryLayout#AUTO}). */
    public RunRequest(Path runDir, Path dataDir, boolean partialData, Device device, boolean fuseEdges,
            boolean force, int stopAfter, List<String> commandLine) {
        this(runDir, dataDir, partialData, device, fuseEdges, force, stopAfter, commandLine, MemoryLayout.AUTO);
    }

    /** Validates the values. */
    public RunRequest {
        if (runDir == null) {
            throw new ConfigException("runDir", "is required");
        }
        if (device == null) {
            throw new ConfigException("device", "is required");
        }
        if (stopAfter < 1) {
            throw new ConfigException("stopAfter", "must be at least 1, got " + stopAfter);
        }
        commandLine = List.copyOf(commandLine);
        if (layout == null) {
            throw new ConfigException("layout", "is required");
        }
    }

    /** Returns a request for a run on a whole data set, on the CPU, that is never stopped early. */
    public static RunRequest of(Path runDir, Path dataDir) {
        return new RunRequest(runDir, dataDir, false, Device.cpu(), true, false, Integer.MAX_VALUE, List.of());
    }

    /**
     * Returns this request for another run directory (a cell of a grid: same data, device and
     * command line).
     *
     * @param dir the run directory
     * @param replace whether an existing run there may be replaced
     * @return the request
     */
    public RunRequest at(Path dir, boolean replace) {
        return new RunRequest(dir, dataDir, partialData, device, fuseEdges, replace, stopAfter, commandLine, layout,
                dataSource, readOptions);
    }

    /** Returns this request with {@code stopAfter} epochs. */
    public RunRequest stoppingAfter(int epochs) {
        return new RunRequest(runDir, dataDir, partialData, device, fuseEdges, force, epochs, commandLine, layout,
                dataSource, readOptions);
    }

    /** Returns this request with every edge of a search evaluated on its own (no fusion). */
    public RunRequest perEdge() {
        return new RunRequest(runDir, dataDir, partialData, device, false, force, stopAfter, commandLine, layout,
                dataSource, readOptions);
    }

    /** Returns this request with the activations kept in {@code memoryLayout}. */
    public RunRequest inLayout(MemoryLayout memoryLayout) {
        return new RunRequest(runDir, dataDir, partialData, device, fuseEdges, force, stopAfter, commandLine,
                memoryLayout, dataSource, readOptions);
    }

    /** Returns this request reading partial data (a subset of the data set, such as a sample). */
    public RunRequest withPartialData() {
        return new RunRequest(runDir, dataDir, true, device, fuseEdges, force, stopAfter, commandLine, layout,
                dataSource, readOptions);
    }

    /** Returns this request reading its folder with the data source of this name. */
    public RunRequest withDataSource(String name) {
        return new RunRequest(runDir, dataDir, partialData, device, fuseEdges, force, stopAfter, commandLine, layout,
                name, readOptions);
    }

    /** Returns this request reading its folder with {@code options} (their {@code partial} aside). */
    public RunRequest withReadOptions(ReadOptions options) {
        return new RunRequest(runDir, dataDir, partialData, device, fuseEdges, force, stopAfter, commandLine, layout,
                dataSource, options);
    }

    /** Returns the read options of a new run: the request's, or the defaults, with its {@code partialData}. */
    public ReadOptions effectiveReadOptions() {
        return (readOptions == null ? ReadOptions.WHOLE : readOptions).withPartial(partialData);
    }
}
