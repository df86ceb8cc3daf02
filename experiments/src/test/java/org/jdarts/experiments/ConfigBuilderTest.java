package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.jdarts.space.ConfigException;
import org.junit.jupiter.api.Test;

class ConfigBuilderTest {

    @Test
    void aSearchStartsFromTheQuickPresetAndTheReferencesSettings() {
        SearchConfig c = SearchConfig.builder().setSpace("darts-sandglass").build();
        SearchPreset q = SearchPreset.QUICK;
        assertEquals(java.util.List.of(q.channels(), q.layers(), q.epochs(), q.batchSize(), q.trainImages(),
                q.valImages(), q.evalImages()), java.util.List.of(c.sizes().channels(), c.sizes().layers(), c.epochs(),
                c.sizes().batchSize(),
                        c.sizes().trainImages(), c.images().valImages(), c.images().evalImages()));
        assertEquals("quick", c.preset());
        assertEquals(SearchConfig.DEFAULT_SEED, c.seed());
        assertEquals("first", c.order());
        assertEquals(SgdSettings.SEARCH, new SgdSettings(c.sgd().lr(), c.sgd().lrMin(), c.sgd().momentum(),
                c.sgd().weightDecay(), c.sgd().gradClip()));
        assertEquals(SearchPreset.QUICK_ARCH, c.arch(), "the quick preset's α settings");
        assertEquals(0.03, c.arch().lr());
        assertEquals(SearchConfig.DEFAULT_ARCH_LR, SearchConfig.builder().setSpace("darts").optPreset(SearchPreset.PAPER)
                .build().arch().lr(), "the paper preset keeps the paper's");
        assertEquals(0.9, SearchConfig.builder().setSpace("darts").optArchBeta1(0.9).build().toBuilder().build()
                .hyperparameters().archBeta1(), "β1 set, kept by toBuilder and handed to the optimiser");
        assertNull(c.method().name(), "DARTS is written as before methods existed");
    }

    @Test
    void aValueSetWinsOverThePresetAndToBuilderKeepsEverything() {
        SearchConfig c = SearchConfig.builder().setSpace("darts").optPreset(SearchPreset.PAPER).optEpochs(3)
                .optMethod("pc-darts", Map.of("k", 2L)).optHessianEvery(5).build();
        assertEquals(3, c.epochs());
        assertEquals(SearchPreset.PAPER.channels(), c.sizes().channels());
        assertEquals(c, c.toBuilder().build());
        assertEquals(c.fingerprint(), c.toBuilder().build().fingerprint());
        TrainConfig t = TrainConfig.builder().setGenotype("DARTS_V2").optPreset(TrainPreset.PAPER).optCutout(0).build();
        assertEquals(0, t.regularization().cutout());
        assertEquals(TrainPreset.PAPER.lr(), t.sgd().lr());
        assertEquals(t, t.toBuilder().build());
    }

    @Test
    void aRefusedValueNamesItsField() {
        ConfigException noSpace = assertThrows(ConfigException.class, () -> SearchConfig.builder().build());
        assertEquals("space", noSpace.field());
        assertEquals("space is required", noSpace.getMessage());
        ConfigException odd = assertThrows(ConfigException.class,
                () -> SearchConfig.builder().setSpace("darts").optChannels(7).build());
        assertEquals("channels", odd.field());
        assertEquals("must be even and at least 2, got 7", odd.reason());
        assertEquals("method", assertThrows(ConfigException.class, () -> SearchConfig.builder().setSpace("darts")
                .optMethod("pc-darts", Map.of("kk", 3L)).build()).field());
        assertEquals("genotype", assertThrows(ConfigException.class, () -> TrainConfig.builder().build()).field());
        assertEquals("dropPath", assertThrows(ConfigException.class,
                () -> TrainConfig.builder().setGenotype("DARTS_V2").optDropPath(1.0).build()).field());
    }
}
