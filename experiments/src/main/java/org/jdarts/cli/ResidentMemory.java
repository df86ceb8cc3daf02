package org.jdarts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads this process's resident and peak resident memory from {@code /proc/self/status} (Linux). */
public final class ResidentMemory {

    private ResidentMemory() {}

    /** Returns the current resident set size in bytes, or -1 where unknown. */
    public static long current() {
        return read("VmRSS:");
    }

    /** Returns the peak resident set size in bytes, or -1 where unknown. */
    public static long peak() {
        return read("VmHWM:");
    }

    private static long read(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
