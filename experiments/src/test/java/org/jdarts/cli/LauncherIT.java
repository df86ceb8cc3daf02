package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jdarts.cifar10.testing.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built application through the {@code ./jdarts} launcher: plugins and environment variables. */
class LauncherIT {

    private static final Path HOME = Path.of(System.getProperty("jdarts.home")).toAbsolutePath().normalize();
    private static final Path PLUGIN = Path.of(System.getProperty("jdarts.plugin.jar")).toAbsolutePath().normalize();

    private record Result(int exit, String out) {}

    private static Result launch(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("JDARTS_PLUGINS");
        pb.environment().remove("JDARTS_DATA");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Result(p.exitValue(), out);
    }

    private static boolean listsPlugin(Result r) {
        return r.out().lines().anyMatch(l -> l.startsWith("conv_7x1_1x7 ") && l.endsWith(PLUGIN.getFileName().toString()));
    }

    @Test
    void pluginsListedInTheVariableAreLoaded() throws Exception {
        Result r = launch(HOME.resolve("jdarts"), Map.of("JDARTS_PLUGINS", PLUGIN.toString()), "ops");
        assertEquals(0, r.exit(), r.out());
        assertTrue(listsPlugin(r), r.out());
    }

    @Test
    void pluginsInThePluginsFolderAreLoaded(@TempDir Path home) throws Exception {
        Files.copy(HOME.resolve("jdarts"), home.resolve("jdarts"));
        Files.createDirectories(home.resolve("experiments"));
        Files.createSymbolicLink(home.resolve("experiments").resolve("target"), HOME.resolve("experiments/target"));
        Result without = launch(home.resolve("jdarts"), Map.of(), "ops");
        assertEquals(0, without.exit(), without.out());
        assertFalse(listsPlugin(without), "no plugin yet: " + without.out());
        Files.createDirectories(home.resolve("plugins"));
        Files.copy(PLUGIN, home.resolve("plugins").resolve(PLUGIN.getFileName()));
        Result with = launch(home.resolve("jdarts"), Map.of(), "ops");
        assertEquals(0, with.exit(), with.out());
        assertTrue(listsPlugin(with), with.out());
    }

    @Test
    void theAllocatorIsTcmallocWhenInstalledAndTheSystemsOnRequest() throws Exception {
        Result system = launch(HOME.resolve("jdarts"), Map.of("JDARTS_MALLOC", "system"), "--version");
        assertEquals(0, system.exit(), system.out());
        assertTrue(system.out().contains(", allocator malloc"), system.out());
        boolean installed = Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4"))
                || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4"));
        Result auto = launch(HOME.resolve("jdarts"), Map.of(), "--version");
        assertEquals(0, auto.exit(), auto.out());
        assertTrue(auto.out().contains(installed ? ", allocator tcmalloc" : ", allocator malloc"), auto.out());
    }

    @Test
    void anUnknownAllocatorIsAUsageError() throws Exception {
        Result r = launch(HOME.resolve("jdarts"), Map.of("JDARTS_MALLOC", "fast"), "--version");
        assertEquals(2, r.exit(), r.out());
        assertEquals("jdarts: JDARTS_MALLOC must be auto, tcmalloc, system or the absolute path of an allocator"
                + " library, got 'fast'", r.out().strip());
        Result missing = launch(HOME.resolve("jdarts"), Map.of("JDARTS_MALLOC", "/nonexistent/libmalloc.so"), "--version");
        assertEquals(2, missing.exit(), missing.out());
        assertEquals(1, missing.out().strip().lines().count(), missing.out());
    }

    @Test
    void aMissingPluginEntryIsAUsageError() throws Exception {
        Result r = launch(HOME.resolve("jdarts"), Map.of("JDARTS_PLUGINS", "/nonexistent/plugin.jar"), "ops");
        assertEquals(2, r.exit(), r.out());
        assertEquals("jdarts: JDARTS_PLUGINS entry '/nonexistent/plugin.jar' is neither a jar nor a folder", r.out().strip());
    }

    @Test
    void aPluginJarThatIsNoJarIsAUsageError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path fake = java.nio.file.Files.writeString(dir.resolve("fake.jar"), "not a zip");
        Result r = launch(HOME.resolve("jdarts"), Map.of("JDARTS_PLUGINS", fake.toString()), "ops");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().strip().startsWith("jdarts: plug-in " + fake + " cannot be opened as a jar ("), r.out());
        assertEquals(1, r.out().strip().lines().count(), r.out());
    }

    @Test
    void theDataFolderDefaultsToTheVariable() throws Exception {
        Result r = launch(HOME.resolve("jdarts"), Map.of("JDARTS_DATA", SampleData.sampleDir().toString()), "data",
                "check", "--allow-partial");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("cifar10 at " + SampleData.sampleDir()), r.out());
        assertTrue(r.out().contains("train: 500 images"), r.out());
    }

    @Test
    void withoutDataFolderOrVariableTheCommandSaysWhatToDo() throws IOException, Exception {
        Result r = launch(HOME.resolve("jdarts"), Map.of(), "data", "check");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().strip().startsWith("jdarts data check: --data [NAME:]DIR is required (or set JDARTS_DATA)"),
                r.out());
    }
}
