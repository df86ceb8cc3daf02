package org.jdarts.experiments;

import ai.djl.Device;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdarts.core.cost.LatencyTable;
import org.jdarts.core.cost.OperationLatency;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.data.CacheLocation;
import org.jdarts.data.Checksums;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;

/**
 * Latency tables kept between runs, one file per identity (machine, device, threads, allocator,
 * library versions, space, network size: {@link LatencyFile#identityOf}) under the cache folder's
 * {@code latency/} ({@link CacheLocation}). A search with a latency budget measures once and
 * then reads; {@code jdarts bench ops} always measures and replaces the file.
 */
public final class LatencyCache {

    /** Timed rounds of a measurement made for a search. */
    public static final int DEFAULT_ROUNDS = 30;

    private LatencyCache() {}

    /**
     * Returns the cached table of this identity, or measures and caches one.
     *
     * @param space the search space
     * @param size the network and input
     * @param device where to measure
     * @param progress told what happens, a line at a time
     * @return the table with its identity
     * @throws IOException if the cache cannot be written
     */
    public static LatencyFile obtain(SearchSpace space, LatencyFile.NetworkSize size, Device device,
            Consumer<String> progress) throws IOException {
        Map<String, String> identity = LatencyFile.identityOf(device, SearchSpaces.toJsonText(space), size);
        Optional<Path> file = file(identity);
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            try {
                LatencyFile cached = LatencyFile.read(file.get());
                if (cached.identity().equals(identity)) {
                    progress.accept("latency table from " + file.get() + " (measured " + cached.measured() + ")");
                    return cached;
                }
            } catch (CorruptFileException e) {
                progress.accept("measuring again: " + e.getMessage());
            }
        }
        return measure(space, size, device, DEFAULT_ROUNDS, progress);
    }

    /**
     * Measures a table and caches it (replacing what was there).
     *
     * @param space the search space
     * @param size the network and input
     * @param device where to measure
     * @param rounds timed passes per median
     * @param progress told what happens, a line at a time
     * @return the table with its identity
     * @throws IOException if the cache cannot be written
     */
    public static LatencyFile measure(SearchSpace space, LatencyFile.NetworkSize size, Device device, int rounds,
            Consumer<String> progress) throws IOException {
        Map<String, String> identity = LatencyFile.identityOf(device, SearchSpaces.toJsonText(space), size);
        long start = System.nanoTime();
        LatencyTable table = new OperationLatency(device, rounds).measure(space.names(), space.zeroOperations(),
                n -> space.find(n).orElseThrow(), new NetworkShape(size.channels(), size.layers(), size.classes()),
                size.imageChannels(), size.imageSide(), progress);
        LatencyFile measured = LatencyFile.now(identity, (System.nanoTime() - start) / 1e9, table);
        Optional<Path> file = file(identity);
        if (file.isPresent()) {
            Files.createDirectories(file.get().getParent());
            AtomicFiles.writeJson(file.get(), measured);
            progress.accept("latency table cached in " + file.get());
        }
        return measured;
    }

    /** Returns the cache file of an identity, or empty when caching is off. */
    static Optional<Path> file(Map<String, String> identity) {
        String key = Checksums.sha256(String.join("\n", identity.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()).getBytes(StandardCharsets.UTF_8));
        return CacheLocation.folder().map(f -> f.resolve("latency").resolve(key.substring(0, 16) + ".json"));
    }
}
