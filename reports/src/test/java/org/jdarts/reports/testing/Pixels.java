package org.jdarts.reports.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads PNG images back and measures how much their pixels vary, for tests. */
public final class Pixels {

    private Pixels() {}

    /** Decodes PNG bytes. */
    public static BufferedImage image(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not a PNG image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a PNG file. */
    public static BufferedImage image(Path file) throws IOException {
        return image(Files.readAllBytes(file));
    }

    /** Returns the variance of the pixels' grey levels (0 for a blank image). */
    public static double variance(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long n = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3.0;
                sum += grey;
                squares += grey * grey;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }
}
