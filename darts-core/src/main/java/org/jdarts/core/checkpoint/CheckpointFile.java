package org.jdarts.core.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.io.Json;

/**
 * The bytes of a checkpoint file: a magic string, the format number, a JSON header, the encoded
 * arrays, and the SHA-256 of everything before it. A file whose digest does not match is refused.
 */
final class CheckpointFile {

    private static final String MAGIC = "JDARTS-CHECKPOINT";
    private static final int FORMAT = 2;
    private static final int DIGEST_BYTES = 32;

    private CheckpointFile() {}

    /**
     * A checkpoint read and verified, its arrays not yet decoded.
     *
     * @param header the JSON header
     * @param body the encoded arrays
     */
    record Contents(JsonNode header, byte[] body) {}

    /**
     * Writes a checkpoint atomically.
     *
     * @param file the file
     * @param header the JSON header
     * @param body the encoded arrays
     * @throws IOException if writing fails (the previous file is kept)
     */
    static void write(Path file, byte[] header, byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + header.length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(header.length);
            out.write(header);
            out.writeInt(body.length);
            out.write(body);
            out.write(sha256(bytes.toByteArray(), bytes.size()));
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /**
     * Reads and verifies a checkpoint.
     *
     * @param file the file
     * @return its header and arrays
     * @throws CorruptFileException if it is not a jdarts checkpoint, of another format, or damaged
     * @throws IOException if it cannot be read
     */
    static Contents read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < DIGEST_BYTES + 8) {
            throw new CorruptFileException(file, "not a jdarts checkpoint (" + all.length + " bytes)");
        }
        int content = all.length - DIGEST_BYTES;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, content))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new CorruptFileException(file, "not a jdarts checkpoint");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new CorruptFileException(file, "checkpoint format " + format + ", this jdarts reads " + FORMAT);
            }
            if (!Arrays.equals(sha256(all, content), Arrays.copyOfRange(all, content, all.length))) {
                throw new CorruptFileException(file, "checksum mismatch: the checkpoint is damaged or truncated");
            }
            byte[] headerBytes = in.readNBytes(in.readInt());
            byte[] body = in.readNBytes(in.readInt());
            return new Contents(Json.MAPPER.readTree(headerBytes), body);
        } catch (CorruptFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorruptFileException(file, "not a jdarts checkpoint (" + e.getMessage() + ")");
        }
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
