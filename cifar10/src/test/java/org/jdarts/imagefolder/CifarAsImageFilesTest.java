package org.jdarts.imagefolder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10Reader;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.data.ImageData;
import org.jdarts.data.ReadOptions;
import org.jdarts.imagefolder.testing.ImageFolderSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CIFAR-10 sample written out as PNG files, one folder per class, reads back to the same pixels. */
class CifarAsImageFilesTest {

    @TempDir
    Path tmp;

    @Test
    void pngFilesAtTheirOwnSizeKeepEveryPixel() throws IOException {
        ImageData cifar = Cifar10Reader.read(SampleData.sampleDir(), true);
        ImageFolderSample.writePngs(cifar.train(), Cifar10.CLASS_NAMES, tmp.resolve("train"));
        ImageFolderSample.writePngs(cifar.test(), Cifar10.CLASS_NAMES, tmp.resolve("test"));
        ImageData folder = new ImageFolderSource().read(tmp, ReadOptions.WHOLE);
        assertEquals(Cifar10.SHAPE, folder.shape());
        assertArrayEquals(cifar.train().classCounts(), folder.train().classCounts());
        // Files are read class by class in name order; compare each image with its source by name.
        int[] next = new int[Cifar10.CLASS_NAMES.size()];
        for (int i = 0; i < cifar.test().size(); i++) {
            int label = cifar.test().label(i);
            int position = 0;
            for (int c = 0; c < label; c++) {
                position += folder.test().classCounts()[c];
            }
            int j = position + next[label]++;
            assertEquals(Cifar10.CLASS_NAMES.get(label), folder.classNames().get(folder.test().label(j)));
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 32; y += 3) {
                    for (int x = 0; x < 32; x += 5) {
                        assertEquals(cifar.test().pixel(i, c, y, x), folder.test().pixel(j, c, y, x));
                    }
                }
            }
        }
    }
}
