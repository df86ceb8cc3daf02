package org.jdarts.imagefolder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jdarts.data.ImageShape;

/**
 * One image as a network trained on an image folder saw it: squashed to the data's square size,
 * converted to 8-bit RGB, then laid out as the data's channel planes (three planes R, G, B; or one
 * plane of luma, (299R + 587G + 114B)/1000 rounded, which for a grayscale image is its gray value,
 * the plane training read). Files and images decoded elsewhere (DJL's {@code Image}) give the same
 * bytes for the same picture.
 */
public final class ImagePixels {

    private ImagePixels() {}

    /**
     * Reads an image file.
     *
     * @param file a PNG, JPEG, BMP or GIF file
     * @param shape the data's image shape (square)
     * @return {@code shape.bytes()} bytes, plane after plane
     * @throws IOException with a one-line reason if the file cannot be decoded
     * @throws IllegalArgumentException if the shape is not square
     */
    public static byte[] read(Path file, ImageShape shape) throws IOException {
        return planes(decoder(shape).decode(file).rgb(), shape);
    }

    /**
     * Converts a decoded image.
     *
     * @param image the whole image, any colour model
     * @param shape the data's image shape (square)
     * @return {@code shape.bytes()} bytes, plane after plane
     * @throws IllegalArgumentException if the shape is not square
     */
    public static byte[] of(BufferedImage image, ImageShape shape) {
        return planes(decoder(shape).decode(image).rgb(), shape);
    }

    private static ImageDecoder decoder(ImageShape shape) {
        if (shape.height() != shape.width()) {
            throw new IllegalArgumentException("image folders give square images, not " + shape);
        }
        return new ImageDecoder(shape.height());
    }

    /**
     * Lays out 0xRRGGBB pixels as the shape's planes.
     *
     * @param rgb {@code shape.plane()} pixels
     * @param shape 1 or 3 channels
     * @param into receives the planes from {@code offset}
     * @param offset where the image starts in {@code into}
     */
    static void planes(int[] rgb, ImageShape shape, byte[] into, int offset) {
        int plane = shape.plane();
        for (int p = 0; p < plane; p++) {
            int v = rgb[p];
            int r = (v >> 16) & 0xFF;
            int g = (v >> 8) & 0xFF;
            int b = v & 0xFF;
            if (shape.channels() == 3) {
                into[offset + p] = (byte) r;
                into[offset + plane + p] = (byte) g;
                into[offset + 2 * plane + p] = (byte) b;
            } else {
                into[offset + p] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
            }
        }
    }

    private static byte[] planes(int[] rgb, ImageShape shape) {
        byte[] pixels = new byte[shape.bytes()];
        planes(rgb, shape, pixels, 0);
        return pixels;
    }
}
