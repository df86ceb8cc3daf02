package org.jdarts.experiments.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The allocator named from a process map. */
class NativeAllocatorTest {

    private static final String LIBC = "7f0000000000-7f0000021000 r-xp 00000000 08:01 1 /usr/lib/x86_64-linux-gnu/libc.so.6";

    @Test
    void aPreloadedTcmallocIsNamed(@TempDir Path dir) throws IOException {
        Path maps = Files.writeString(dir.resolve("maps"), LIBC + "\n"
                + "7f1000000000-7f1000040000 r-xp 00000000 08:01 2 /usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4.5.10\n");
        assertEquals("tcmalloc", NativeAllocator.of(maps));
    }

    @Test
    void withoutAKnownAllocatorItIsMalloc(@TempDir Path dir) throws IOException {
        assertEquals("malloc", NativeAllocator.of(Files.writeString(dir.resolve("maps"), LIBC + "\n")));
        assertEquals("malloc", NativeAllocator.of(dir.resolve("absent")));
    }
}
