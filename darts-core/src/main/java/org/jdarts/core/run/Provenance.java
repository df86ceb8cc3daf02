package org.jdarts.core.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run's results came from ({@code provenance.json}): software versions, machine, device,
 * seed, the data and its checksums, the search space's and plugins' checksums, the command line
 * that started the run, every resumption, and when it finished.
 *
 * @param jdarts jdarts version
 * @param gitCommit the commit jdarts was built from ("unknown" outside a git checkout)
 * @param djl DJL version
 * @param pytorch the loaded libtorch version
 * @param jvm Java runtime
 * @param os operating system and architecture
 * @param host the machine's name
 * @param device the device computed on
 * @param seed the run's seed
 * @param dataDir the data folder
 * @param dataSource the data source that read it ({@code cifar10}, ...; absent in runs made before
 *     there were others: {@link #dataSourceName()})
 * @param dataOptions how the source read the folder (image size and the like; absent in runs made
 *     before there were such options)
 * @param partialData whether the data folder was allowed to hold a subset of its data set
 * @param dataChecksums SHA-256 of each data file read
 * @param spaceSha256 SHA-256 of the run's {@code space.json}, or null without one
 * @param plugins SHA-256 of each plug-in jar (or "folder") that operations, search methods or data sources came from, by path
 * @param commandLine the arguments the run was started with
 * @param started when the run started
 * @param resumptions every later resumption, oldest first
 * @param finished when it finished, or null until then
 * @param dataShape the images' shape and the class names (absent in runs made before they were
 *     recorded: those read CIFAR-10)
 * @param dataVerified what the data folder's {@code SHA256SUMS} confirmed before the run wrote
 *     anything ({@code 6 of 6 listed files match SHA256SUMS}), or null when the folder has none
 * @param inputChecksums SHA-256 of the input files the run wrote at its start besides its
 *     configuration and space (a training run's {@code genotype.json}), by name; absent in runs
 *     made before they were recorded
 */
public record Provenance(
        String jdarts, String gitCommit, String djl, String pytorch, String jvm, String os, String host,
        String device, long seed, String dataDir, String dataSource, Map<String, String> dataOptions,
        boolean partialData,
        Map<String, String> dataChecksums,
        String spaceSha256, Map<String, String> plugins, List<String> commandLine, String started,
        List<Resumption> resumptions, String finished, DataShape dataShape, String dataVerified,
        Map<String, String> inputChecksums) {

    /**
     * One resumption of a run.
     *
     * @param time when
     * @param commandLine with which arguments
     * @param device on which device
     * @param host on which machine
     * @param jdarts by which jdarts version
     */
    public record Resumption(String time, List<String> commandLine, String device, String host, String jdarts) {}

    /** Copies the lists and maps. */
    public Provenance {
        dataChecksums = Collections.unmodifiableMap(new LinkedHashMap<>(dataChecksums));
        plugins = Collections.unmodifiableMap(new LinkedHashMap<>(plugins == null ? Map.of() : plugins));
        dataOptions = dataOptions == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(dataOptions));
        commandLine = List.copyOf(commandLine);
        resumptions = resumptions == null ? List.of() : List.copyOf(resumptions);
        inputChecksums = inputChecksums == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(inputChecksums));
    }

    /** Returns the data source that read the data: {@code cifar10} for runs that did not record one. */
    public String dataSourceName() {
        return dataSource == null ? "cifar10" : dataSource;
    }

    /** Returns a copy with one more resumption, now. */
    public Provenance resumed(List<String> args, String newDevice, String newHost, String version) {
        List<Resumption> more = new ArrayList<>(resumptions);
        more.add(new Resumption(Instant.now().toString(), args, newDevice, newHost, version));
        return new Provenance(jdarts, gitCommit, djl, pytorch, jvm, os, host, device, seed, dataDir, dataSource,
                dataOptions, partialData, dataChecksums, spaceSha256, plugins, commandLine, started, more, null,
                dataShape, dataVerified, inputChecksums);
    }

    /** Returns a copy marked as finished now. */
    public Provenance finishedNow() {
        return new Provenance(jdarts, gitCommit, djl, pytorch, jvm, os, host, device, seed, dataDir, dataSource,
                dataOptions, partialData, dataChecksums, spaceSha256, plugins, commandLine, started, resumptions,
                Instant.now().toString(), dataShape, dataVerified, inputChecksums);
    }
}
