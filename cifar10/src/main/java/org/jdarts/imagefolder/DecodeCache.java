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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdarts.data.Checksums;

/**
 * Decoded images kept on disk, keyed by content: the key of a list of images is the SHA-256 of
 * the format version, the side they were resized to and every file's SHA-256 in order, so any
 * change to a file, to the list or to the size makes a new entry. An entry holds, per image, its
 * pixels and whether it was grayscale, or why it could not be decoded. Entries are written to a
 * temporary file and moved into place; an entry that cannot be read is ignored (and rewritten).
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
