package org.jdarts.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.cifar10.Cifar10Source;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.data.DataLocation;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ReadOptions;
import org.jdarts.mnist.testing.IdxSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {

    @TempDir
    Path tmp;

    @Test
    void theBuiltInSourcesAreRegistered() {
        DataSources sources = DataSources.load();
        assertEquals(List.of("cifar10", "cifar100", "fashion-mnist", "mnist", "imagefolder"), sources.names());
        assertEquals(DataSources.BUILT_IN, sources.origin("cifar10"));
    }

    @Test
    void aFolderIsGivenToTheSourceThatRecognisesIt() throws IOException {
        DataLocation cifar = DataSources.load().resolve(SampleData.sampleDir().toString());
        assertEquals("cifar10", cifar.source().name());
        assertTrue(cifar.detected());
        assertTrue(cifar.describe().startsWith(SampleData.sampleDir() + ": detected cifar10 ("), cifar.describe());
        Path fashion = IdxSample.write(tmp.resolve("fashion-mnist"), 10, 10, true);
        assertEquals("fashion-mnist", DataSources.load().resolve(fashion.toString()).source().name());
    }

    @Test
    void aNamedSourceReadsTheFolderWithoutDetection() throws IOException {
        Path digits = IdxSample.write(tmp.resolve("fashion-like"), 10, 10, true);
        DataLocation named = DataSources.load().resolve("mnist:" + digits);
        assertEquals("mnist", named.source().name());
        assertFalse(named.detected());
        assertEquals(digits, named.dir());
        assertEquals("mnist:" + digits, named.spec());
    }

    @Test
    void badValuesAreRefusedInOneLine() throws IOException {
        DataSources sources = DataSources.load();
        Path missing = tmp.resolve("nope");
        assertEquals(missing + ": no such folder",
                assertThrows(IllegalArgumentException.class, () -> sources.resolve(missing.toString())).getMessage());
        assertEquals("unknown data source 'imagenet' in 'imagenet:" + tmp
                + "'; registered: cifar10, cifar100, fashion-mnist, mnist, imagefolder",
                assertThrows(IllegalArgumentException.class, () -> sources.resolve("imagenet:" + tmp)).getMessage());
        Files.writeString(tmp.resolve("notes.txt"), "no images here");
        assertEquals(tmp + ": no data source recognises this folder; name one with NAME:" + tmp
                + " (cifar10, cifar100, fashion-mnist, mnist, imagefolder)",
                assertThrows(IllegalArgumentException.class, () -> sources.resolve(tmp.toString())).getMessage());
        assertEquals("'cifar10:' names no folder (NAME:DIR or DIR)",
                assertThrows(IllegalArgumentException.class, () -> sources.resolve("cifar10:")).getMessage());
    }

    @Test
    void aFolderTwoSourcesRecogniseMustBeNamed() {
        DataSources two = DataSources.of(List.of(new Cifar10Source(), new Renamed(new Cifar10Source(), "copy")));
        String dir = SampleData.sampleDir().toString();
        assertEquals(dir + ": recognised by cifar10 and copy; name one with NAME:" + dir,
                assertThrows(IllegalArgumentException.class, () -> two.resolve(dir)).getMessage());
        assertEquals("copy", two.resolve("copy:" + dir).source().name());
    }

    @Test
    void twoSourcesOfOneNameAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DataSources.of(List.of(new Cifar10Source(), new Cifar10Source())));
        assertTrue(e.getMessage().startsWith("data source 'cifar10' is registered twice"), e.getMessage());
    }

    /** Another name for a source. */
    private record Renamed(DataSource source, String name) implements DataSource {
        @Override
        public String description() {
            return source.description();
        }

        @Override
        public boolean recognizes(Path dir) {
            return source.recognizes(dir);
        }

        @Override
        public ImageData read(Path dir, ReadOptions options) throws IOException {
            return source.read(dir, options);
        }
    }
}
