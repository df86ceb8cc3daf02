package org.jdarts.experiments.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdarts.data.Checksums;

/** Every file of a folder, by relative path, with its SHA-256: equal snapshots mean nothing was written. */
public final class FolderSnapshot {

    private FolderSnapshot() {}

    /**
     * Takes the snapshot.
     *
     * @param dir the folder
     * @return relative path to SHA-256, sorted
     * @throws IOException if a file cannot be read
     */
    public static Map<String, String> of(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Checksums.sha256(p));
            }
        }
        return files;
    }
}
