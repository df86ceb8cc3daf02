package org.jdarts.cli;

import org.jdarts.experiments.BuildInfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The engine must never reach the network: DJL runs in offline mode (where it fails instead of
 * downloading) and libtorch comes from the native jar on the class path.
 */
class OfflineEngineTest {

    @Test
    void djlRunsOfflineAndLoadsTheBundledLibtorch() throws Exception {
        assertEquals("true", System.getProperty("ai.djl.offline"),
                "the build must run tests with -Dai.djl.offline=true");
        Properties bundled = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("native/lib/pytorch.properties")) {
            assertNotNull(in, "pytorch-native-cpu is not on the class path: DJL would download libtorch");
            bundled.load(in);
        }
        assertTrue(bundled.getProperty("version").startsWith(BuildInfo.pytorchVersion()), bundled.toString());
        // In offline mode a missing native library is an error, never a download.
        Engine engine = Engine.getEngine("PyTorch");
        assertEquals(BuildInfo.pytorchVersion(), engine.getVersion());
    }

    @Test
    void theLauncherRunsDjlOffline() throws Exception {
        String launcher = Files.readString(Path.of("..", "jdarts"));
        assertTrue(launcher.contains("-Dai.djl.offline=\"$offline\""), "launcher must pass ai.djl.offline");
        assertTrue(launcher.contains("offline=true"), "offline must be the launcher's default");
    }
}
