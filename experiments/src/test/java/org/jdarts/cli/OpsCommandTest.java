package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsCommandTest {

    private static List<String> row(String out, String op) {
        return out.lines().filter(l -> l.startsWith(op + " ")).findFirst()
                .map(l -> Arrays.asList(l.trim().split("\\s+"))).orElseThrow(() -> new AssertionError(op + " missing:\n" + out));
    }

    @Test
    void printsTheReferenceParameterCountsOfEveryOperationAtSixteenChannels() {
        Cli.Result r = Cli.run("ops", "--channels", "16");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("0", "256", "0", "288"), row(r.out(), "skip_connect").subList(1, 5));
        assertEquals(List.of("800", "800", "864", "864"), row(r.out(), "sep_conv_3x3").subList(1, 5));
        assertEquals(List.of("1312", "1312", "1376", "1376"), row(r.out(), "sep_conv_5x5").subList(1, 5));
        assertEquals(List.of("400", "400", "432", "432"), row(r.out(), "dil_conv_3x3").subList(1, 5));
        assertEquals(List.of("656", "656", "688", "688"), row(r.out(), "dil_conv_5x5").subList(1, 5));
        assertEquals(List.of("3936", "3936", "4352", "4352"), row(r.out(), "inverted_residual_3x3").subList(1, 5));
        assertEquals(List.of("544", "400", "656", "480"), row(r.out(), "sandglass_3x3").subList(1, 5));
        for (String op : List.of("none", "max_pool_3x3", "avg_pool_3x3")) {
            assertEquals(List.of("0", "0", "0", "0", "-", "built-in"), row(r.out(), op).subList(1, 7));
        }
    }

    @Test
    void listsThePluginOperationWithItsJar() {
        List<String> plugin = row(Cli.run("ops").out(), "conv_7x1_1x7");
        String source = plugin.get(plugin.size() - 1);
        assertTrue(source.contains("conv-factorized-plugin"), source);
        assertEquals("k=7", plugin.get(5));
    }

    @Test
    void pluginOperationIsUsableInASearchSpaceFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("with-plugin.json");
        Files.writeString(file, "{\"operations\": [\"none\", \"skip_connect\", {\"op\": \"conv_7x1_1x7\", \"k\": 3}]}");
        Cli.Result r = Cli.run("ops", "--channels", "16", "--space", file.toString());
        assertEquals(0, r.exit(), r.err());
        // ReLU, 1x3 and 3x1 convolutions 16 -> 16: 2 * 16 * 16 * 3 = 1536; BN affine adds 32.
        assertEquals(List.of("1536", "1536", "1568", "1568", "k=3"), row(r.out(), "conv_7x1_1x7").subList(1, 6));
    }

    @Test
    void badValuesAreOneLineWithExitCodeTwo() {
        Cli.Result odd = Cli.run("ops", "--channels", "15");
        assertEquals(2, odd.exit());
        assertEquals("jdarts ops: --channels must be an even number of at least 2, got 15", odd.err().strip());
        Cli.Result space = Cli.run("ops", "--space", "nope");
        assertEquals(2, space.exit());
        assertEquals(1, space.err().strip().lines().count());
    }

    @Test
    void anEvenKernelInASpaceFileIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("even.json");
        Files.writeString(file, "{\"operations\": [\"none\", \"skip_connect\", {\"op\": \"conv_7x1_1x7\", \"k\": 4}]}");
        String expected = file + ": operations[2]: operation 'conv_7x1_1x7': k must be odd, got 4";
        Cli.Result ops = Cli.run("ops", "--space", file.toString());
        assertEquals(2, ops.exit());
        assertEquals("jdarts ops: " + expected, ops.err().strip());
        Path out = dir.resolve("run");
        Cli.Result search = Cli.run("search", "--space", file.toString(), "--data",
                org.jdarts.cifar10.testing.SampleData.sampleDir().toString(), "--allow-partial", "--out", out.toString());
        assertEquals(2, search.exit());
        assertEquals("jdarts search: " + expected, search.err().strip());
        assertTrue(Files.notExists(out), "nothing is written");
    }
}
