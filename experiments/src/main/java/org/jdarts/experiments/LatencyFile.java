package org.jdarts.experiments;

import ai.djl.Device;
import com.fasterxml.jackson.core.JacksonException;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdarts.core.cost.LatencyTable;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.RunLock;
import org.jdarts.data.Checksums;
import org.jdarts.experiments.bench.NativeAllocator;

/**
 * A latency table as a file ({@code latency.json} in a search run, or in the cache): the
 * measurements and where they were made. What they depend on ({@link #identity}) is the machine, the
 * device, the thread count and allocator, the library versions, the space's operations and the
 * network size; when it was measured and how long it took complete the provenance.
 *
 * @param identity what the latencies depend on, by name
 * @param measured when (UTC)
 * @param seconds how long the measurement took
 * @param table the latencies
 */
public record LatencyFile(Map<String, String> identity, String measured, double seconds, LatencyTable table) {

    /** The version of the table's layout and method; a cached table of another is measured again. */
    public static final String FORMAT = "2 (calibrated on whole networks)";

    /** The file's name in a run directory. */
    public static final String NAME = "latency.json";

    /** Copies the map. */
    public LatencyFile {
        identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
    }

    /**
     * Describes what latencies measured now would depend on.
     *
     * @param device the device measured on
     * @param spaceJson the search space (its operations and their parameters)
     * @param table the network size and input, as a table records them (its timings are not read)
     * @return name to value, in a stable order
     */
    public static Map<String, String> identityOf(Device device, String spaceJson, NetworkSize table) {
        Map<String, String> id = new LinkedHashMap<>();
        id.put("format", FORMAT);
        id.put("host", RunLock.host());
        id.put("cpu", cpuModel());
        id.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        String threads = System.getenv("OMP_NUM_THREADS");
        id.put("threads", threads == null || threads.isBlank() ? "libtorch's default" : threads);
        id.put("allocator", NativeAllocator.current());
        id.put("device", deviceName(device));
        id.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        id.put("jdarts", BuildInfo.version());
        id.put("djl", BuildInfo.djlVersion());
        id.put("libtorch", Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion());
        id.put("space", Checksums.sha256(spaceJson.getBytes(StandardCharsets.UTF_8)));
        id.put("network", table.describe());
        return id;
    }

    /**
     * The network the latencies refer to.
     *
     * @param channels C
     * @param layers L
     * @param classes the classifier's outputs
     * @param imageChannels the images' channels
     * @param imageSide the images' height and width
     */
    public record NetworkSize(int channels, int layers, int classes, int imageChannels, int imageSide) {

        /** Says it in one line: {@code C 36, L 20, 10 classes, 3x32x32 images}. */
        public String describe() {
            return "C " + channels + ", L " + layers + ", " + classes + " classes, " + imageChannels + "x" + imageSide
                    + "x" + imageSide + " images";
        }
    }

    /** Returns a device as flags name it: {@code cpu}, {@code gpu:0}. */
    public static String deviceName(Device device) {
        return device.isGpu() ? "gpu:" + device.getDeviceId() : device.getDeviceType();
    }

    /** Returns the processor's model name (Linux), or the architecture elsewhere. */
    static String cpuModel() {
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (Files.isReadable(info)) {
                Optional<String> model = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
                if (model.isPresent()) {
                    return model.get();
                }
            }
        } catch (IOException e) {
            // fall through to the architecture
        }
        return System.getProperty("os.arch");
    }

    /** Returns a file of a table measured now. */
    static LatencyFile now(Map<String, String> identity, double seconds, LatencyTable table) {
        return new LatencyFile(identity, Instant.now().toString(), seconds, table);
    }

    /**
     * Reads a latency file.
     *
     * @param file the file
     * @return its content
     * @throws CorruptFileException if it is not a latency file
     * @throws IOException if it cannot be read
     */
    public static LatencyFile read(Path file) throws IOException {
        try {
            LatencyFile f = Json.MAPPER.readValue(file.toFile(), LatencyFile.class);
            if (f.table() == null || f.identity() == null) {
                throw new CorruptFileException(file, "not a latency table (no table or identity)");
            }
            return f;
        } catch (JacksonException e) {
            throw new CorruptFileException(file, "not a latency table: " + e.getOriginalMessage());
        }
    }
}
