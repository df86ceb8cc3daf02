package org.jdarts.imagefolder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jdarts.data.Checksums;

/**
 * Decoded images kept on disk, keyed by content: the key of a list of images is the SHA-256 of
 * the format version, the side they were resized to and every file's SHA-256 in order, so any
 * change to a file, to the list or to the size makes a new entry. An entry holds, per image, its
 * pixels and whether it was grayscale, or why it could not be decoded. Entries are written to a
 * temporary file and moved into place; an entry that cannot be read is ignored (and rewritten).
 *
 * <p>So that a later read need not hash every file again, the cache also remembers the files'
 * checksums under the files' paths, sizes, modification times and file keys (as git's index does);
 * a file modified within {@value #RACY_MILLIS} ms before those checksums were remembered is hashed
 * again, as its modification time cannot tell a later change apart.
 */
final class DecodeCache {

    /** What one image file decoded to: pixels, or the reason it could not be decoded. */
    record Outcome(ImageDecoder.Decoded image, String problem) {

        static Outcome of(ImageDecoder.Decoded image) {
            return new Outcome(image, null);
        }

        static Outcome unreadable(String problem) {
            return new Outcome(null, problem);
        }
    }

    private static final int VERSION = 1;
    private static final String SUMS_MAGIC = "JDARTS-SUMS 1";
    /** Files modified this close to when their checksums were remembered are hashed again. */
    static final long RACY_MILLIS = 2_000;
    private static final byte[] MAGIC = "JDARTS-DECODED\n".getBytes(StandardCharsets.US_ASCII);
    private static final int RGB = 0;
    private static final int GRAY = 1;
    private static final int UNREADABLE = 2;

    private final Path folder;

    /**
     * Creates a cache.
     *
     * @param folder the folder its entries are kept in (created when the first is written)
     */
    DecodeCache(Path folder) {
        this.folder = folder;
    }

    /**
     * Returns the key of a list of images.
     *
     * @param side the side they are resized to
     * @param checksums each file's SHA-256, in order
     * @return a hex key
     */
    static String key(int side, List<String> checksums) {
        StringBuilder text = new StringBuilder("v").append(VERSION).append(" side ").append(side).append('\n');
        checksums.forEach(c -> text.append(c).append('\n'));
        return Checksums.sha256(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Returns the checksums remembered for these files, if every file is as it was when they were
     * remembered (same path, size, modification time and file key, and not modified too close to
     * that moment).
     *
     * @param files the files, in order
     * @return their SHA-256, in order, or empty when they must be hashed
     */
    Optional<List<String>> knownChecksums(List<Path> files) {
        try {
            List<BasicFileAttributes> stats = stats(files);
            Path index = folder.resolve(statKey(files, stats) + ".sums");
            if (!Files.isRegularFile(index)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(index, StandardCharsets.US_ASCII);
            if (lines.size() != files.size() + 2 || !lines.get(0).equals(SUMS_MAGIC)) {
                return Optional.empty();
            }
            long remembered = Long.parseLong(lines.get(1));
            for (BasicFileAttributes a : stats) {
                if (a.lastModifiedTime().toMillis() >= remembered - RACY_MILLIS) {
                    return Optional.empty();
                }
            }
            return Optional.of(List.copyOf(lines.subList(2, lines.size())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Remembers the checksums of files (atomically; failures are ignored, as for entries).
     *
     * @param files the files, in order
     * @param checksums their SHA-256, in order
     */
    void rememberChecksums(List<Path> files, List<String> checksums) {
        StringBuilder text = new StringBuilder(SUMS_MAGIC).append('\n').append(System.currentTimeMillis()).append('\n');
        checksums.forEach(c -> text.append(c).append('\n'));
        try {
            writeAtomically(folder.resolve(statKey(files, stats(files)) + ".sums"),
                    text.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            // the files are hashed again next time
        }
    }

    private static List<BasicFileAttributes> stats(List<Path> files) throws IOException {
        List<BasicFileAttributes> stats = new ArrayList<>(files.size());
        for (Path file : files) {
            stats.add(Files.readAttributes(file, BasicFileAttributes.class));
        }
        return stats;
    }

    /** Returns the SHA-256 of every file's absolute path, size, modification time and file key. */
    private static String statKey(List<Path> files, List<BasicFileAttributes> stats) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            BasicFileAttributes a = stats.get(i);
            text.append(files.get(i).toAbsolutePath()).append('\t').append(a.size()).append('\t')
                    .append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append('\t').append(a.fileKey()).append('\n');
        }
        return Checksums.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Returns the folder entries are kept in. */
    Path folder() {
        return folder;
    }

    /** Returns the file of the entry {@code key}. */
    Path entry(String key) {
        return folder.resolve(key + ".decoded");
    }

    /**
     * Reads an entry.
     *
     * @param key the entry's key
     * @param side the side of its images
     * @param count the number of images it must hold
     * @return the outcomes in order, or empty if there is no readable entry
     */
    Optional<List<Outcome>> load(String key, int side, int count) {
        Path file = entry(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != VERSION || in.readInt() != side
                    || in.readInt() != count) {
                return Optional.empty();
            }
            int plane = side * side;
            byte[] bytes = new byte[3 * plane];
            List<Outcome> outcomes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int kind = in.readUnsignedByte();
                if (kind == UNREADABLE) {
                    outcomes.add(Outcome.unreadable(in.readUTF()));
                    continue;
                }
                in.readFully(bytes);
                int[] rgb = new int[plane];
                for (int p = 0, b = 0; p < plane; p++, b += 3) {
                    rgb[p] = (bytes[b] & 0xFF) << 16 | (bytes[b + 1] & 0xFF) << 8 | (bytes[b + 2] & 0xFF);
                }
                outcomes.add(Outcome.of(new ImageDecoder.Decoded(rgb, kind == GRAY)));
            }
            return Optional.of(outcomes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes an entry (atomically); a cache that cannot be written is left alone, as caching is an
     * optimisation.
     *
     * @param key the entry's key
     * @param side the side of its images
     * @param outcomes what every image decoded to
     * @return whether the entry was written
     */
    boolean store(String key, int side, List<Outcome> outcomes) {
        Path target = entry(key);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.write(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(side);
                out.writeInt(outcomes.size());
                byte[] bytes = new byte[3 * side * side];
                for (Outcome o : outcomes) {
                    if (o.image() == null) {
                        out.writeByte(UNREADABLE);
                        out.writeUTF(o.problem());
                        continue;
                    }
                    out.writeByte(o.image().gray() ? GRAY : RGB);
                    int[] rgb = o.image().rgb();
                    for (int p = 0, b = 0; p < rgb.length; p++, b += 3) {
                        bytes[b] = (byte) (rgb[p] >> 16);
                        bytes[b + 1] = (byte) (rgb[p] >> 8);
                        bytes[b + 2] = (byte) rgb[p];
                    }
                    out.write(bytes);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file stays; nothing reads it
                }
            }
            return false;
        }
    }
}
