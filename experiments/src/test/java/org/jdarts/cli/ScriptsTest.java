package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's shell scripts (scripts/*.sh and the launcher), which need hardware or daemons to run, at least parse. */
class ScriptsTest {

    @Test
    void everyShellScriptParses() throws Exception {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(repo.resolve("scripts"))) {
            scripts = Stream.concat(files.filter(p -> p.toString().endsWith(".sh")), Stream.of(repo.resolve("jdarts")))
                    .sorted().toList();
        }
        assertTrue(scripts.stream().anyMatch(p -> p.endsWith("gpu-smoke.sh")), scripts.toString());
        for (Path script : scripts) {
            assertEquals("", parse(script), script + " does not parse");
            assertTrue(Files.isExecutable(script), script + " is not executable");
        }
    }

    private static String parse(Path script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 ? "" : said;
    }
}
