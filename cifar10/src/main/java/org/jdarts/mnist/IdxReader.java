package org.jdarts.mnist;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jdarts.data.Checksums;
import org.jdarts.data.DataFormatException;

/**
 * Reads the idx files of MNIST and Fashion-MNIST, gzipped or not: an image file (magic 2051: count,
 * rows, columns, then unsigned bytes row by row) and a label file (magic 2049: count, then one
 * byte per image).
 */
final class IdxReader {

    /** Magic number of an idx file of unsigned bytes with three dimensions (images). */
    static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an idx file of unsigned bytes with one dimension (labels). */
    static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {}

    /**
     * The contents of an image file.
     *
     * @param rows rows per image
     * @param columns columns per image
     * @param pixels count × rows × columns bytes
     */
    record Images(int rows, int columns, byte[] pixels) {
        int count() {
            return pixels.length / (rows * columns);
        }
    }

    /** Returns {@code name} in {@code dir}, gzipped ({@code name.gz}) or not, or null if neither exists. */
    static Path find(Path dir, String name) {
        Path plain = dir.resolve(name);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path gz = dir.resolve(name + ".gz");
        return Files.isRegularFile(gz) ? gz : null;
    }

    /**
     * Reads an image file and records its checksum.
     *
     * @param file the file
     * @param checksums receives the SHA-256 of the file's bytes, by file name
     * @return the images
     * @throws DataFormatException naming the file if it is not an idx image file or is truncated
     */
    static Images readImages(Path file, Map<String, String> checksums) throws IOException {
        try (DataInputStream in = open(file, checksums)) {
            int[] header = header(in, file, IMAGES_MAGIC, "image", 3);
            int count = header[0];
            int rows = header[1];
            int columns = header[2];
            if (count < 1 || rows < 1 || columns < 1 || (long) count * rows * columns > Integer.MAX_VALUE - 16) {
                throw new DataFormatException(file + ": " + count + " images of " + rows + "x" + columns
                        + " is not a valid idx image file");
            }
            byte[] pixels = new byte[count * rows * columns];
            readFully(in, pixels, file, rows * columns, "image");
            return new Images(rows, columns, pixels);
        }
    }

    /**
     * Reads a label file and records its checksum.
     *
     * @param file the file
     * @param checksums receives the SHA-256 of the file's bytes, by file name
     * @return one label per image
     * @throws DataFormatException naming the file if it is not an idx label file or is truncated
     */
    static byte[] readLabels(Path file, Map<String, String> checksums) throws IOException {
        try (DataInputStream in = open(file, checksums)) {
            int count = header(in, file, LABELS_MAGIC, "label", 1)[0];
            if (count < 1) {
                throw new DataFormatException(file + ": " + count + " labels");
            }
            byte[] labels = new byte[count];
            readFully(in, labels, file, 1, "label");
            return labels;
        }
    }

    /**
     * Reads an idx header: the magic number, which must be {@code magic}, then the sizes of its
     * {@code dimensions} dimensions.
     */
    private static int[] header(DataInputStream in, Path file, int magic, String kind, int dimensions)
            throws IOException {
        try {
            int found = in.readInt();
            if (found != magic) {
                throw new DataFormatException(String.format("%s: magic number 0x%08x; an idx %s file starts with 0x%08x",
                        file, found, kind, magic));
            }
            int[] sizes = new int[dimensions];
            for (int d = 0; d < dimensions; d++) {
                sizes[d] = in.readInt();
            }
            return sizes;
        } catch (EOFException e) {
            throw new DataFormatException(file + ": truncated in its header");
        }
    }

    private static DataInputStream open(Path file, Map<String, String> checksums) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        checksums.put(file.getFileName().toString(), Checksums.sha256(bytes));
        InputStream in = new ByteArrayInputStream(bytes);
        if (file.getFileName().toString().endsWith(".gz")) {
            try {
                in = new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                throw new DataFormatException(file + ": not a gzip file (" + e.getMessage() + ")");
            }
        }
        return new DataInputStream(in);
    }

    private static void readFully(DataInputStream in, byte[] out, Path file, int itemBytes, String item)
            throws IOException {
        int done = 0;
        try {
            while (done < out.length) {
                int n = in.read(out, done, out.length - done);
                if (n < 0) {
                    throw new EOFException();
                }
                done += n;
            }
        } catch (EOFException e) {
            throw new DataFormatException(file + ": truncated at " + item + " " + done / itemBytes + " of "
                    + out.length / itemBytes);
        } catch (IOException e) {
            throw new DataFormatException(file + ": unreadable at " + item + " " + done / itemBytes + " ("
                    + e.getMessage() + ")");
        }
    }
}
