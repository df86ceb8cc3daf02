package org.jdarts.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A data folder's {@value #FILE} (the {@code sha256sum} format: a checksum, spaces, an optional
 * {@code *}, a file name per line), checked against the files read: when a folder has one, every
 * file it lists must be there and match.
 */
public final class Sha256Sums {

    /** The file's name. */
    public static final String FILE = "SHA256SUMS";

    private Sha256Sums() {}

    /**
     * What a verification found.
     *
     * @param listed the files the list names (all present and matching)
     * @param unlisted the data files read that it does not name
     */
    public record Verified(int listed, int unlisted) {

        /** Returns one line for people and provenance. */
        public String describe() {
            return listed + " of " + listed + " listed files match " + FILE
                    + (unlisted == 0 ? "" : "; " + unlisted + " data file(s) not listed");
        }
    }

    /**
     * Returns the checksums a folder's list gives, by file name (none without the file).
     *
     * @param dir the data folder
     * @return file name to SHA-256 (lower case)
     * @throws IOException if the list cannot be read
     */
    public static Map<String, String> listed(Path dir) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Path sums = dir.resolve(FILE);
        if (Files.isRegularFile(sums)) {
            for (String line : Files.readAllLines(sums)) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                if (parts.length == 2) {
                    expected.put(Path.of(parts[1]).getFileName().toString(), parts[0].toLowerCase(Locale.ROOT));
                }
            }
        }
        return expected;
    }

    /**
     * Checks every file the folder's list names: the data files by the checksums their read
     * computed, the others by hashing them.
     *
     * @param dir the data folder
     * @param read file name to SHA-256 of the data files read (as {@link ImageData#checksums()})
     * @return what was verified, or empty when the folder has no list
     * @throws DataFormatException naming the first file that is missing or differs
     * @throws IOException if a file cannot be read
     */
    public static Optional<Verified> verify(Path dir, Map<String, String> read) throws IOException {
        Map<String, String> listed = listed(dir);
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : listed.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                throw new DataFormatException(file + ": missing, though " + dir.resolve(FILE) + " lists it");
            }
            String actual = read.containsKey(e.getKey()) ? read.get(e.getKey()) : Checksums.sha256(file);
            if (!e.getValue().equals(actual)) {
                throw new DataFormatException(file + ": SHA-256 " + actual + " differs from " + e.getValue() + " in "
                        + dir.resolve(FILE));
            }
        }
        long unlisted = read.keySet().stream().filter(n -> !listed.containsKey(n)).count();
        return Optional.of(new Verified(listed.size(), (int) unlisted));
    }
}
