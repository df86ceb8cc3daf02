package org.jdarts.experiments.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Names the allocator behind libtorch's arrays in this process, which a step's speed and memory
 * depend on (libtorch allocates and frees a step's arrays anew every step): a preloaded
 * tcmalloc, jemalloc or mimalloc, found among the libraries the process has mapped, else the C
 * library's {@code malloc}.
 */
public final class NativeAllocator {

    private static final List<String> KNOWN = List.of("tcmalloc", "jemalloc", "mimalloc");

    private NativeAllocator() {}

    /** Returns the allocator of this process: {@code tcmalloc}, {@code jemalloc}, {@code mimalloc} or {@code malloc}. */
    public static String current() {
        return of(Path.of("/proc/self/maps"));
    }

    /**
     * Returns the allocator a process map names.
     *
     * @param maps a {@code /proc/PID/maps} file
     * @return the first known allocator library mapped, else {@code malloc} (also when the map cannot be read)
     */
    static String of(Path maps) {
        try (Stream<String> lines = Files.lines(maps)) {
            return lines.map(line -> line.toLowerCase(Locale.ROOT))
                    .flatMap(line -> KNOWN.stream().filter(name -> line.contains("lib" + name)))
                    .findFirst().orElse("malloc");
        } catch (IOException | RuntimeException e) {
            return "malloc";
        }
    }
}
