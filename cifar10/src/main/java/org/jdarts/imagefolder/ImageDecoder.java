package org.jdarts.imagefolder;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one image file into a square of {@code side}×{@code side} pixels: squashed to that size
 * (as torchvision's {@code Resize((n, n))}), transparency composited over black, any colour model
 * (palette, 16-bit, grayscale with or without alpha) converted to 8-bit RGB. Large images are
 * subsampled while they are read, so a 20000×20000 file never lies decoded in memory.
 *
 * <p>DJL's {@code ImageFactory} decodes whole images before resizing them, which is why this class
 * reads through {@link ImageIO} itself.
 */
final class ImageDecoder {

    /**
     * A decoded image.
     *
     * @param rgb {@code side·side} pixels, 0xRRGGBB, row by row
     * @param gray whether the file's colour model was grayscale
     */
    record Decoded(int[] rgb, boolean gray) {}

    private final int side;

    /**
     * Creates a decoder.
     *
     * @param side the side images are resized to
     */
    ImageDecoder(int side) {
        this.side = side;
    }

    /** Returns the side images are resized to. */
    int side() {
        return side;
    }

    /**
     * Decodes a file.
     *
     * @param file an image file
     * @return its pixels at the decoder's size
     * @throws IOException with a one-line reason if the file is not an image ImageIO can decode, or is truncated
     */
    Decoded decode(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image format this reader knows (PNG, JPEG, BMP, GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String[] warning = new String[1];
                reader.addIIOReadWarningListener((source, message) -> warning[0] = message);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (warning[0] != null) {
                    throw new IOException("damaged or truncated (" + warning[0] + ")");
                }
                return new Decoded(squash(image), image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY);
            } catch (IIOException e) {
                throw new IOException("damaged or truncated (" + e.getMessage() + ")", e);
            } catch (RuntimeException e) {
                throw new IOException("cannot be decoded (" + e.getClass().getSimpleName() + ")", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Converts an image decoded elsewhere (a DJL {@code Image}'s, say) exactly as {@link #decode}
     * converts the file it came from: subsampled in memory as the file would have been while read,
     * then squashed.
     *
     * @param image a whole decoded image
     * @return its pixels at the decoder's size
     */
    Decoded decode(BufferedImage image) {
        BufferedImage sampled = subsample(image, subsampling(image.getWidth(), image.getHeight()));
        return new Decoded(squash(sampled), image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY);
    }

    /** Returns the subsampling step of a width×height image: about twice the target side left. */
    private int subsampling(int width, int height) {
        return Math.max(1, Math.min(width, height) / (2 * side));
    }

    /** Keeps every {@code step}-th pixel from the first of each row and column, as ImageIO's source subsampling. */
    private static BufferedImage subsample(BufferedImage image, int step) {
        if (step == 1) {
            return image;
        }
        int w = (image.getWidth() + step - 1) / step;
        int h = (image.getHeight() + step - 1) / step;
        WritableRaster source = image.getRaster();
        WritableRaster target = source.createCompatibleWritableRaster(w, h);
        Object pixel = null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixel = source.getDataElements(x * step, y * step, pixel);
                target.setDataElements(x, y, pixel);
            }
        }
        return new BufferedImage(image.getColorModel(), target, image.isAlphaPremultiplied(), null);
    }

    private int[] squash(BufferedImage image) {
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, side, side, null);
        } finally {
            g.dispose();
        }
        int[] argb = out.getRGB(0, 0, side, side, null, 0, side);
        for (int i = 0; i < argb.length; i++) {
            argb[i] &= 0xFFFFFF; // opaque: drop the alpha byte
        }
        return argb;
    }
}
