package org.jdarts.core.checkpoint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.jdarts.core.optim.TorchAdam;
import org.jdarts.core.optim.TorchSgd;

/**
 * A training checkpoint: every network parameter (weights, α, BatchNorm running statistics), the
 * SGD momentum buffers, Adam's moments and step count (searches), and the number of finished
 * epochs. The data order, augmentation and drop-path draws of an epoch derive from the seed and
 * the epoch number, so no generator state is needed beyond that.
 *
 * <p>Written atomically: a temporary file in the same folder, flushed to disk, then renamed over
 * the previous checkpoint; a crash leaves the previous checkpoint intact.
 */
public final class Checkpoint {

    private static final String MAGIC = "JDARTS-CHECKPOINT";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Checkpoint() {}

    /**
     * Writes a checkpoint.
     *
     * @param file the checkpoint file (replaced atomically)
     * @param epochsDone the number of finished epochs
     * @param fingerprint identifies the configuration the state belongs to
     * @param network the network (every parameter is saved)
     * @param sgd the weights' optimiser
     * @param adam the architecture optimiser, or null
     * @throws IOException if writing fails (the previous checkpoint is kept)
     */
    public static void write(Path file, int epochsDone, String fingerprint, Block network, TorchSgd sgd,
            TorchAdam adam) throws IOException {
        NDList arrays = new NDList();
        for (Pair<String, Parameter> p : network.getParameters()) {
            arrays.add(named(p.getValue().getArray(), "p:" + p.getKey()));
        }
        for (int i = 0; i < sgd.size(); i++) {
            NDArray buf = sgd.buffer(i);
            if (buf != null) {
                arrays.add(named(buf, "sgd:" + i));
            }
        }
        for (int i = 0; adam != null && i < adam.size(); i++) {
            if (adam.firstMoment(i) != null) {
                arrays.add(named(adam.firstMoment(i), "adam.m:" + i));
                arrays.add(named(adam.secondMoment(i), "adam.v:" + i));
            }
        }
        ObjectNode header = JSON.createObjectNode();
        header.put("format", FORMAT);
        header.put("epochs_done", epochsDone);
        header.put("fingerprint", fingerprint);
        header.put("adam_steps", adam == null ? 0 : adam.stepCount());
        byte[] headerBytes = JSON.writeValueAsBytes(header);
        byte[] body = arrays.encode();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + headerBytes.length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(headerBytes.length);
            out.write(headerBytes);
            out.writeInt(body.length);
            out.write(body);
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static NDArray named(NDArray array, String name) {
        NDArray copy = array.duplicate();
        copy.setName(name);
        return copy;
    }

    /**
     * Restores a checkpoint into a freshly built network and optimiser of the same configuration.
     *
     * @param file the checkpoint
     * @param fingerprint the configuration the caller expects
     * @param network receives the parameters
     * @param sgd receives the momentum buffers
     * @param adam receives the moments, or null
     * @param manager owns the restored optimiser state (on the network's device)
     * @return the number of finished epochs
     * @throws IOException if the file is not a checkpoint, is corrupt, or belongs to another configuration
     */
    public static int read(Path file, String fingerprint, Block network, TorchSgd sgd, TorchAdam adam,
            NDManager manager) throws IOException {
        JsonNode header;
        byte[] body;
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            String magic;
            try {
                magic = in.readUTF();
            } catch (IOException e) {
                throw new IOException(file + ": not a jdarts checkpoint");
            }
            if (!MAGIC.equals(magic)) {
                throw new IOException(file + ": not a jdarts checkpoint");
            }
            byte[] headerBytes = in.readNBytes(in.readInt());
            header = JSON.readTree(new String(headerBytes, StandardCharsets.UTF_8));
            int n = in.readInt();
            body = in.readNBytes(n);
            if (body.length != n) {
                throw new IOException(file + ": truncated checkpoint");
            }
        }
        if (header.path("format").asInt() != FORMAT) {
            throw new IOException(file + ": checkpoint format " + header.path("format") + ", expected " + FORMAT);
        }
        String saved = header.path("fingerprint").asText();
        if (!saved.equals(fingerprint)) {
            throw new IOException(file + ": checkpoint belongs to another configuration (" + saved
                    + "); this run is " + fingerprint);
        }
        Map<String, NDArray> arrays = new HashMap<>();
        NDList list = NDList.decode(manager, body);
        for (NDArray a : list) {
            arrays.put(a.getName(), a);
        }
        for (Pair<String, Parameter> p : network.getParameters()) {
            NDArray target = p.getValue().getArray();
            NDArray source = arrays.get("p:" + p.getKey());
            if (source == null || !source.getShape().equals(target.getShape())) {
                throw new IOException(file + ": parameter " + p.getKey() + " is missing or has another shape");
            }
            copyInto(source, target);
        }
        for (int i = 0; i < sgd.size(); i++) {
            NDArray buf = arrays.get("sgd:" + i);
            sgd.setBuffer(i, buf == null ? null : onDevice(buf, manager));
        }
        if (adam != null) {
            NDArray[] m = new NDArray[adam.size()];
            NDArray[] v = new NDArray[adam.size()];
            for (int i = 0; i < adam.size(); i++) {
                NDArray mi = arrays.get("adam.m:" + i);
                m[i] = mi == null ? null : onDevice(mi, manager);
                NDArray vi = arrays.get("adam.v:" + i);
                v[i] = vi == null ? null : onDevice(vi, manager);
            }
            adam.restore(header.path("adam_steps").asLong(), m, v);
        }
        return header.path("epochs_done").asInt();
    }

    private static void copyInto(NDArray source, NDArray target) {
        boolean grad = target.hasGradient();
        target.set(source.toByteBuffer());
        if (grad) {
            target.setRequiresGradient(true);
        }
    }

    private static NDArray onDevice(NDArray array, NDManager manager) {
        NDArray moved = array.toDevice(manager.getDevice(), true);
        moved.attach(manager);
        return moved;
    }

    /**
     * Reads the number of finished epochs of a checkpoint without restoring it.
     *
     * @param file the checkpoint
     * @return epochs done
     * @throws IOException if it is not a checkpoint
     */
    public static int epochsDone(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException(file + ": not a jdarts checkpoint");
            }
            byte[] headerBytes = in.readNBytes(in.readInt());
            return JSON.readTree(headerBytes).path("epochs_done").asInt();
        }
    }
}
