package org.jdarts.imagefolder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10Reader;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageSet;
import org.jdarts.data.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CIFAR-10 sample written out as PNG files, one folder per class, reads back to the same pixels. */
class CifarAsImageFilesTest {

    @TempDir
    Path tmp;

    @Test
    void pngFilesAtTheirOwnSizeKeepEveryPixel() throws IOException {
        ImageData cifar = Cifar10Reader.read(SampleData.sampleDir(), true);
        export(cifar.train(), tmp.resolve("train"));
        export(cifar.test(), tmp.resolve("test"));
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

    /** Writes every image as {@code dir/<class name>/<index, 5 digits>.png}. */
    private static void export(ImageSet images, Path dir) throws IOException {
        for (int i = 0; i < images.size(); i++) {
            BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    image.setRGB(x, y, images.pixel(i, 0, y, x) << 16 | images.pixel(i, 1, y, x) << 8
                            | images.pixel(i, 2, y, x));
                }
            }
            Path file = dir.resolve(Cifar10.CLASS_NAMES.get(images.label(i))).resolve(String.format("%05d.png", i));
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        }
    }
}
