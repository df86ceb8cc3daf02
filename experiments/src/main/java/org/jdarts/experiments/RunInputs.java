package org.jdarts.experiments;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.method.SearchMethodRegistry;
import org.jdarts.core.run.DataShape;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunLock;
import org.jdarts.data.Checksums;
import org.jdarts.data.DataLocation;
import org.jdarts.data.ImageData;
import org.jdarts.data.ReadOptions;
import org.jdarts.data.Sha256Sums;
import org.jdarts.plugins.DataSources;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.plugin.PluginRegistry;

/** The data a run reads and the provenance it records, for new and resumed runs alike. */
final class RunInputs {

    private RunInputs() {}

    /**
     * Reads the data of a new run: with the source the request names, or else the one that
     * recognises the folder.
     *
     * @param request the request, whose data folder is required
     * @return the data
     * @throws IOException naming the file and record of the first problem
     * @throws IllegalArgumentException if no source (or more than one) recognises the folder
     */
    static ImageData readData(RunRequest request) throws IOException {
        if (request.dataDir() == null) {
            throw new IllegalArgumentException("a data folder is required for a new run");
        }
        ImageData data = location(request.dataSource(), request.dataDir()).read(request.effectiveReadOptions());
        Sha256Sums.verify(request.dataDir(), data.checksums());
        return data;
    }

    /**
     * Reads the data of a resumed run: the folder given, or else the one the run recorded, whose
     * files must be those the run started with, with the source the run recorded.
     *
     * @param request the resume request
     * @param recorded the run's provenance
     * @return the data
     * @throws IOException naming the file and record of the first problem
     * @throws IllegalArgumentException if the files differ from the recorded ones
     */
    static ImageData readData(RunRequest request, Provenance recorded) throws IOException {
        Path dir = dataDir(request, recorded);
        String source = request.dataSource() != null ? request.dataSource() : recorded.dataSourceName();
        ImageData data = location(source, dir).read(ReadOptions.fromMap(recorded.dataOptions(),
                request.partialData() || recorded.partialData()));
        if (!data.checksums().equals(recorded.dataChecksums())) {
            throw new IllegalArgumentException(dir + ": its files differ from those the run started with ("
                    + recorded.dataDir() + "); see " + RunDirectory.PROVENANCE);
        }
        Sha256Sums.verify(dir, data.checksums());
        return data;
    }

    /** Returns the folder with the named source, or with the one that recognises it when none is named. */
    static DataLocation location(String source, Path dir) {
        DataSources sources = DataSources.load();
        return source == null ? sources.resolve(dir.toString()) : new DataLocation(sources.get(source), dir, false);
    }

    /** Returns the data folder of a resumed run: the one given, or the one it recorded. */
    static Path dataDir(RunRequest request, Provenance recorded) {
        return request.dataDir() != null ? request.dataDir() : Path.of(recorded.dataDir());
    }

    /**
     * Records the provenance of a new run.
     *
     * @param request where, on which device, with which command line
     * @param seed the run's seed
     * @param data the data read
     * @param spaceJson the run's search space, or null
     * @return the provenance, started now
     * @throws IOException if a plugin jar cannot be read
     */
    static Provenance provenance(RunRequest request, long seed, ImageData data, String spaceJson,
            Map<String, Object> inputs) throws IOException {
        Map<String, String> inputSums = new LinkedHashMap<>();
        inputs.forEach((name, value) -> inputSums.put(name, Checksums.sha256(AtomicFiles.toJson(value))));
        return new Provenance("jdarts " + BuildInfo.version(), BuildInfo.gitCommit(), BuildInfo.djlVersion(),
                Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                RunLock.host(), request.device().getDeviceType(), seed,
                request.dataDir().toAbsolutePath().normalize().toString(), // a resume or eval may run elsewhere
                data.source(), request.effectiveReadOptions().toMap(DataSources.load().get(data.source())),
                request.partialData(),
                data.checksums(),
                spaceJson == null ? null : Checksums.sha256(spaceJson.getBytes(StandardCharsets.UTF_8)),
                pluginChecksums(), request.commandLine(), Instant.now().toString(), List.of(), null,
                new DataShape(data.shape().channels(), data.shape().height(), data.shape().width(), data.classNames()),
                Sha256Sums.verify(request.dataDir(), data.checksums()).map(Sha256Sums.Verified::describe).orElse(null),
                inputSums.isEmpty() ? null : inputSums);
    }

    /** Checks that the input files a run recorded at its start are unchanged ({@link InputFiles#check}). */
    static void checkInputs(RunDirectory dir, Provenance recorded) throws IOException {
        InputFiles.check(dir, recorded);
    }

    /** Returns the provenance of a resumed run with this resumption appended. */
    static Provenance resumed(Provenance recorded, RunRequest request) {
        return recorded.resumed(request.commandLine(), request.device().getDeviceType(), RunLock.host(),
                "jdarts " + BuildInfo.version());
    }

    /**
     * Returns the SHA-256 of every plug-in jar (operations, search methods, data sources) by path;
     * a class folder's value is {@code folder}.
     */
    static Map<String, String> pluginChecksums() {
        return PluginRegistry.jars(OperationRegistry.load().plugins(), SearchMethodRegistry.load().plugins(),
                DataSources.load().plugins());
    }
}
