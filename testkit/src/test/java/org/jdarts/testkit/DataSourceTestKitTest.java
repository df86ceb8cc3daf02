package org.jdarts.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jdarts.cifar10.Cifar10Source;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ReadOptions;
import org.jdarts.imagefolder.ImageFolderSource;
import org.jdarts.imagefolder.testing.ImageFolderSample;
import org.jdarts.mnist.FashionMnistSource;
import org.jdarts.mnist.testing.IdxSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourceTestKitTest {

    @TempDir
    Path tmp;

    @Test
    void theBuiltInSourcesPassOnSamplesOfTheirLayouts() throws IOException {
        assertEquals(500, DataSourceTestKit.of(new Cifar10Source()).folder(SampleData.sampleDir()).check().train().size());
        DataSourceTestKit.of(new FashionMnistSource()).folder(IdxSample.write(tmp.resolve("fashion"), 20, 10, true)).check();
        Path folders = ImageFolderSample.classes(tmp.resolve("images"), 3, 12, "train", "test");
        assertEquals(4, DataSourceTestKit.of(new ImageFolderSource().withCacheFolder(tmp.resolve("cache")))
                .folder(folders).check().classes());
    }

    /** CIFAR-10's reader under a bad name, recognising any folder, naming another source and an unknown option. */
    private record Careless(DataSource inner) implements DataSource {
        @Override
        public String name() {
            return "My:Source";
        }

        @Override
        public String description() {
            return "careless";
        }

        @Override
        public Set<String> optionNames() {
            return Set.of("colourSpace");
        }

        @Override
        public boolean recognizes(Path dir) {
            return true;
        }

        @Override
        public ImageData read(Path dir, ReadOptions options) throws IOException {
            return inner.read(dir, options);
        }
    }

    @Test
    void reportsEveryBrokenPromise() {
        String m = assertThrows(AssertionError.class,
                () -> DataSourceTestKit.of(new Careless(new Cifar10Source())).folder(SampleData.sampleDir()).check())
                .getMessage();
        assertTrue(m.startsWith("My:Source fails 4 check(s):"), m);
        assertTrue(m.contains("name 'My:Source' must be lower-case letters, digits or '-'"), m);
        assertTrue(m.contains("optionNames() names 'colourSpace', which is none of [imageSize,"), m);
        assertTrue(m.contains("recognises an empty folder"), m);
        assertTrue(m.contains("read() says it came from 'cifar10', not 'My:Source'"), m);
    }

    @Test
    void aFolderIsRequired() {
        assertThrows(IllegalStateException.class, () -> DataSourceTestKit.of(new Cifar10Source()).check());
    }
}
