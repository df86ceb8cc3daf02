package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarsTest {

    private static Path jar(Path file, String... entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (String e : entries) {
                jar.putNextEntry(new JarEntry(e));
                jar.write("org.example.Thing\n".getBytes());
                jar.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aJarRegisteringAServiceIsAcceptedInAFolderOrByName(@TempDir Path dir) throws Exception {
        Path good = jar(dir.resolve("good.jar"), "META-INF/services/org.jdarts.space.op.Operation");
        Files.writeString(dir.resolve("README.txt"), "not a jar: the class path ignores it too");
        assertEquals(Optional.empty(), PluginJars.problem(good.toString()));
        assertEquals(Optional.empty(), PluginJars.problem(dir.toString()));
        assertEquals(Optional.empty(), PluginJars.problem(null));
    }

    @Test
    void aJarThatIsNoZipOrRegistersNothingIsNamed(@TempDir Path dir) throws Exception {
        Path good = jar(dir.resolve("good.jar"), "META-INF/services/org.jdarts.data.DataSource");
        Path fake = Files.writeString(dir.resolve("fake.jar"), "plain text");
        String problem = PluginJars.problem(good + File.pathSeparator + fake).orElseThrow();
        assertTrue(problem.startsWith("plug-in " + fake + " cannot be opened as a jar ("), problem);
        Path empty = jar(dir.resolve("empty.jar"), "org/example/Thing.class");
        assertEquals("plug-in " + empty + " registers no jdarts plug-in (no META-INF/services/org.jdarts.* entry);"
                + " remove it from ./plugins or JDARTS_PLUGINS", PluginJars.problem(empty.toString()).orElseThrow());
    }
}
