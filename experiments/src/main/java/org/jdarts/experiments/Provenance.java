package org.jdarts.experiments;

import ai.djl.engine.Engine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdarts.cli.BuildInfo;

/**
 * Where a run's results came from: software versions, machine, device, seed, the data's
 * checksums, the command line and the run's start and end.
 *
 * @param jdarts jdarts version
 * @param djl DJL version
 * @param pytorch the loaded libtorch version
 * @param jvm Java runtime
 * @param os operating system and architecture
 * @param device the device computed on
 * @param seed the run's seed
 * @param dataDir the data folder
 * @param dataChecksums SHA-256 of each data file read
 * @param commandLine the arguments the run was started (or last resumed) with
 * @param started when the run started
 * @param resumed when it was last resumed, if ever
 * @param finished when it finished, or null while running
 */
public record Provenance(
        String jdarts, String djl, String pytorch, String jvm, String os, String device, long seed, String dataDir,
        Map<String, String> dataChecksums, List<String> commandLine, String started, String resumed, String finished) {

    /**
     * Records the current process.
     *
     * @param device the device name
     * @param seed the seed
     * @param dataDir the data folder
     * @param checksums the data files' checksums
     * @param args the command line
     * @return a provenance record with the start time set to now
     */
    public static Provenance now(String device, long seed, String dataDir, Map<String, String> checksums,
            List<String> args) {
        return new Provenance("jdarts " + BuildInfo.version(), BuildInfo.djlVersion(),
                Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                device, seed, dataDir, checksums, args, Instant.now().toString(), null, null);
    }

    /** Returns a copy marked as resumed now, with the resuming command line. */
    public Provenance resumedNow(List<String> args, String newDevice) {
        return new Provenance(jdarts, djl, pytorch, jvm, os, newDevice, seed, dataDir, dataChecksums, args, started,
                Instant.now().toString(), null);
    }

    /** Returns a copy marked as finished now. */
    public Provenance finishedNow() {
        return new Provenance(jdarts, djl, pytorch, jvm, os, device, seed, dataDir, dataChecksums, commandLine,
                started, resumed, Instant.now().toString());
    }
}
