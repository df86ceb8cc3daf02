package org.jdarts.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sync budget: every place in the training code that reads an array on the host (a device
 * synchronisation on a GPU) is listed here with its reason. A training or search step reads once
 * (its loss and correct count together); everything else reads once per evaluation, epoch or
 * checkpoint. A new read fails this test until it is justified here.
 */
class HostReadBudgetTest {

    /** NDArray methods that copy values to the host. */
    private static final Pattern READ = Pattern.compile("\\.(getDouble|getFloat|getLong|getInt|getBoolean|getByte"
            + "|getUint8|toFloatArray|toDoubleArray|toLongArray|toIntArray|toBooleanArray|toUint8Array|toByteBuffer"
            + "|toArray|getScalar|encode)\\(\\)");

    /** File (under org/jdarts/core) to the reads it may make, and why. */
    private static final Map<String, Integer> ALLOWED = Map.of(
            "loop/WeightTrainer.java", 1,        // per step: the weight step's loss and correct count, together
            "loop/Evaluation.java", 1,           // per evaluation: the summed loss and correct count
            "supernet/SearchNetwork.java", 1,    // per epoch: softmax(α) for alphas.json and the genotype
            "search/HessianEigenvalue.java", 2,  // per estimate (a monitor, every k epochs): power iteration
            "run/MetricsCsv.java", 1,            // a Java stream's toArray, no NDArray
            "cost/OperationLatency.java", 1,     // latency timing on a GPU: waits for the timed pass's kernels
            "checkpoint/Checkpoint.java", 1);    // per checkpoint (epoch): the state's bytes

    @Test
    void theTrainingCodeReadsOnTheHostOnlyWhereListed() throws IOException {
        Path root = Path.of("src/main/java/org/jdarts/core");
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = READ.matcher(withoutComments(Files.readString(f)));
                int n = 0;
                while (m.find()) {
                    n++;
                }
                if (n > 0) {
                    found.put(root.relativize(f).toString().replace('\\', '/'), n);
                }
            }
        }
        assertTrue(found.containsKey("loop/WeightTrainer.java"), "the scan finds the step's read: " + found);
        assertEquals(new TreeMap<>(ALLOWED), found, "host reads (device synchronisations) outside the budget;"
                + " keep values on the device, or list the read with its reason");
    }

    @Test
    void aReadInACommentDoesNotCount() {
        assertEquals(List.of(), READ.matcher(withoutComments("// x.getDouble()\n/* y.toFloatArray() */")).results()
                .toList());
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
