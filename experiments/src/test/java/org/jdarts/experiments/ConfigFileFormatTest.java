package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.Json;
import org.junit.jupiter.api.Test;

/**
 * The nested configuration records read and write {@code config.json} in the flat format of the
 * runs made before they were nested (the two files here were written by that code), byte for
 * byte, so that those runs resume and their checkpoints' fingerprints still match.
 */
class ConfigFileFormatTest {

    @Test
    void aSearchConfigurationReadsAndWritesTheFlatFile() throws IOException {
        SearchConfig read = readsAndWrites("search-config-flat.json", SearchConfig.builder().setSpace("darts")
                .optChannels(4).optLayers(3).optEpochs(2).optBatchSize(16).optTrainImages(64).optValImages(64)
                .optEvalImages(64).optArchLr(3e-4).build()); // the file holds the paper's α lr, not the quick preset's
        assertEquals(new RunSizes(4, 3, 2, 16, 64), read.sizes());
        assertEquals(new ArchSettings(3e-4, 1e-3), read.arch());
        assertEquals(MethodChoice.DARTS, read.method());
    }

    @Test
    void aSearchWithMethodAndMonitorsReadsAndWritesTheFlatFile() throws IOException {
        SearchConfig read = readsAndWrites("search-config-method-flat.json", SearchConfig.builder().setSpace("darts")
                .optChannels(4).optLayers(3).optEpochs(1).optBatchSize(16).optTrainImages(32).optValImages(32)
                .optEvalImages(32).optMethod("pc-darts", Map.of("k", 2L)).optHessianEvery(3).optEarlyStopSkips(4)
                .optArchLr(3e-4).build());
        assertEquals("pc-darts", read.method().name());
        assertEquals(new Monitors(3, 4), read.monitors());
    }

    @Test
    void aTrainingConfigurationReadsAndWritesTheFlatFile() throws IOException {
        TrainConfig read = readsAndWrites("train-config-flat.json", TrainConfig.builder().setGenotype("/tmp/c1")
                .optChannels(4).optLayers(3).optEpochs(1).optBatchSize(16).optTrainImages(64).optCutout(0)
                .optDropPath(0).build());
        assertEquals(new Regularization(0, 0, 0.4), read.regularization());
    }

    /** Reads the file, checks it equals the configuration built, and that writing it gives the same bytes. */
    @SuppressWarnings("unchecked")
    private static <T> T readsAndWrites(String name, T built) throws IOException {
        String file;
        try (InputStream in = ConfigFileFormatTest.class.getResourceAsStream(name)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        T read = (T) Json.MAPPER.readValue(file, built.getClass());
        assertEquals(built, read);
        assertEquals(file, new String(AtomicFiles.toJson(read), StandardCharsets.UTF_8));
        return read;
    }
}
