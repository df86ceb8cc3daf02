package org.jdarts.core.checkpoint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.io.Json;
import org.jdarts.core.optim.TorchAdam;
import org.jdarts.core.optim.TorchSgd;

/**
 * A training checkpoint: every network parameter (weights, α, BatchNorm running statistics), the
 * SGD momentum buffers, Adam's moments and step count (searches), the number of finished epochs,
 * and a journal (JSON) in which the run keeps what it needs to rewrite its per-epoch files. The
 * data order, augmentation and drop-path draws of an epoch derive from the seed and the epoch
 * number, so no generator state is needed beyond that.
 *
 * <p>The file ends with the SHA-256 of everything before it; a file that does not match is
 * refused. It is written atomically: a crash leaves the previous checkpoint.
 */
public final class Checkpoint {

    private static final NDIndex ALL = new NDIndex("...");

    private Checkpoint() {}

    /**
     * Writes a checkpoint.
     *
     * @param file the checkpoint file (replaced atomically)
     * @param header epochs done, fingerprint, journal
     * @param network the network (every parameter is saved)
     * @param sgd the weights' optimiser
     * @param adam the architecture optimiser, or null
     * @throws IOException if writing fails (the previous checkpoint is kept)
     */
    public static void write(Path file, CheckpointHeader header, Block network, TorchSgd sgd, TorchAdam adam)
            throws IOException {
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
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("epochs_done", header.epochsDone());
        json.put("fingerprint", header.fingerprint());
        json.put("adam_steps", adam == null ? 0 : adam.stepCount());
        json.set("journal", header.journal());
        byte[] body = arrays.encode();
        arrays.close();
        CheckpointFile.write(file, Json.MAPPER.writeValueAsBytes(json), body);
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
     * @return the header
     * @throws CorruptFileException if the file is damaged, not a checkpoint, or of another configuration
     * @throws IOException if it cannot be read
     */
    public static CheckpointHeader read(Path file, String fingerprint, Block network, TorchSgd sgd, TorchAdam adam,
            NDManager manager) throws IOException {
        CheckpointFile.Contents contents = CheckpointFile.read(file);
        JsonNode json = contents.header();
        String saved = json.path("fingerprint").asText();
        if (!saved.equals(fingerprint)) {
            throw new CorruptFileException(file, "checkpoint belongs to another configuration (" + saved
                    + "); this run is " + fingerprint);
        }
        Map<String, NDArray> arrays = new HashMap<>();
        for (NDArray a : NDList.decode(manager, contents.body())) {
            arrays.put(a.getName(), a);
        }
        Set<String> unused = new TreeSet<>();
        arrays.keySet().stream().filter(k -> k.startsWith("p:")).forEach(k -> unused.add(k.substring(2)));
        for (Pair<String, Parameter> p : network.getParameters()) {
            NDArray target = p.getValue().getArray();
            NDArray source = arrays.get("p:" + p.getKey());
            if (source == null || !source.getShape().equals(target.getShape())) {
                throw new CorruptFileException(file, "parameter " + p.getKey() + " is missing or has another shape"
                        + " (the run's genotype or search space differs from the checkpoint's)");
            }
            unused.remove(p.getKey());
        }
        if (!unused.isEmpty()) {
            throw new CorruptFileException(file, "holds " + unused.size() + " parameter(s) this network does not have,"
                    + " first " + unused.iterator().next() + " (the run's genotype or search space differs from the"
                    + " checkpoint's)");
        }
        for (Pair<String, Parameter> p : network.getParameters()) {
            copyInto(arrays.get("p:" + p.getKey()), p.getValue().getArray());
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
            adam.restore(json.path("adam_steps").asLong(), m, v);
        }
        return CheckpointHeader.of(json);
    }

    /**
     * Copies a saved parameter into the network's array, in place and on its device. Not with
     * {@code NDArray.set(Buffer)}: that copies through the host and makes libtorch print a
     * deprecation warning on standard error.
     */
    private static void copyInto(NDArray source, NDArray target) {
        target.set(ALL, source);
    }

    private static NDArray onDevice(NDArray array, NDManager manager) {
        NDArray moved = array.toDevice(manager.getDevice(), true);
        moved.attach(manager);
        return moved;
    }
}
