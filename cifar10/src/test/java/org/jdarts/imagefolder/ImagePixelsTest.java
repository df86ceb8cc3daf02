package org.jdarts.imagefolder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.jdarts.data.ImageShape;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** An image decoded elsewhere gives the bytes its file gives, subsampling and colour models included. */
class ImagePixelsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}x{2} type {3} to {4} channel(s)")
    @CsvSource({
        "png, 300, 200, " + BufferedImage.TYPE_INT_RGB + ", 3",
        "png, 300, 200, " + BufferedImage.TYPE_INT_RGB + ", 1",
        "png, 97, 131, " + BufferedImage.TYPE_BYTE_GRAY + ", 1",
        "png, 257, 129, " + BufferedImage.TYPE_INT_ARGB + ", 3",
        "gif, 160, 160, " + BufferedImage.TYPE_BYTE_INDEXED + ", 3",
        "jpg, 311, 257, " + BufferedImage.TYPE_INT_RGB + ", 3",
        "bmp, 32, 32, " + BufferedImage.TYPE_3BYTE_BGR + ", 3",
    })
    void aDecodedImageGivesTheBytesOfItsFile(String format, int width, int height, int type, int channels)
            throws IOException {
        Path file = noise(format, width, height, type);
        ImageShape shape = new ImageShape(channels, 16, 16);
        byte[] fromFile = ImagePixels.read(file, shape);
        assertEquals(shape.bytes(), fromFile.length);
        assertArrayEquals(fromFile, ImagePixels.of(ImageIO.read(file.toFile()), shape));
    }

    @Test
    void aGrayImagesSinglePlaneIsItsGrayValue() throws IOException {
        Path file = noise("png", 16, 16, BufferedImage.TYPE_BYTE_GRAY);
        byte[] gray = ImagePixels.read(file, new ImageShape(1, 16, 16));
        byte[] rgb = ImagePixels.read(file, new ImageShape(3, 16, 16));
        for (int p = 0; p < 256; p++) {
            assertEquals(rgb[p], gray[p], "pixel " + p);
            assertEquals(rgb[p], rgb[256 + p]);
            assertEquals(rgb[p], rgb[512 + p]);
        }
    }

    @Test
    void nonSquareShapesAreRefused() throws IOException {
        Path file = noise("png", 8, 8, BufferedImage.TYPE_INT_RGB);
        assertThrows(IllegalArgumentException.class, () -> ImagePixels.read(file, new ImageShape(3, 8, 16)));
    }

    private Path noise(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        SplittableRandom random = new SplittableRandom(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = type == BufferedImage.TYPE_INT_ARGB ? random.nextInt(256) << 24 : 0xFF000000;
                image.setRGB(x, y, alpha | random.nextInt(1 << 24));
            }
        }
        Path file = dir.resolve(format + type + "." + format);
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }
}
