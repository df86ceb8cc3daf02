package org.jdarts.imagefolder.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jdarts.data.ImageSet;

/** Writes image files for tests: plain colours per class, in any of ImageIO's formats and types. */
public final class ImageFolderSample {

    /** Colours of the sample classes, in order. */
    public static final Color[] COLOURS = {Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW};

    private ImageFolderSample() {}

    /**
     * Writes one image file.
     *
     * @param file the file (its folders are created)
     * @param format an ImageIO format name (png, jpg, bmp, gif)
     * @param type a {@link BufferedImage} type
     * @param width width in pixels
     * @param height height in pixels
     * @param colour the colour it is filled with (its gray level for grayscale types)
     * @return {@code file}
     * @throws IOException if it cannot be written
     */
    public static Path write(Path file, String format, int type, int width, int height, Color colour)
            throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4)); // a corner mark
        g.dispose();
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format + " of type " + type);
        }
        return file;
    }

    /**
     * Writes a folder of 4 classes (one per {@link #COLOURS}), {@code perClass} RGB PNG files each,
     * of {@code side}×{@code side} pixels, under {@code root/<part>/<class>} for each part given (none:
     * directly under {@code root}).
     *
     * @param root the folder
     * @param perClass images per class
     * @param side image side
     * @param parts "train", "test", or nothing
     * @return {@code root}
     * @throws IOException if a file cannot be written
     */
    public static Path classes(Path root, int perClass, int side, String... parts) throws IOException {
        String[] folders = parts.length == 0 ? new String[] {""} : parts;
        for (String part : folders) {
            for (int c = 0; c < COLOURS.length; c++) {
                for (int i = 0; i < perClass; i++) {
                    Path dir = part.isEmpty() ? root.resolve("class" + c) : root.resolve(part).resolve("class" + c);
                    write(dir.resolve("img" + i + ".png"), "png", BufferedImage.TYPE_INT_RGB, side + i, side,
                            COLOURS[c]);
                }
            }
        }
        return root;
    }

    /**
     * Writes every image of a set as a lossless PNG file {@code dir/<class name>/<index, 5 digits>.png}
     * (grayscale for 1-channel sets), so that reading the files gives the set's pixels back.
     *
     * @param images the images
     * @param classNames the name of each label
     * @param dir the folder
     * @throws IOException if a file cannot be written
     */
    public static void writePngs(ImageSet images, List<String> classNames, Path dir) throws IOException {
        int channels = images.shape().channels();
        int height = images.shape().height();
        int width = images.shape().width();
        for (int i = 0; i < images.size(); i++) {
            BufferedImage image = new BufferedImage(width, height,
                    channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (channels == 1) {
                        image.getRaster().setSample(x, y, 0, images.pixel(i, 0, y, x));
                    } else {
                        image.setRGB(x, y, images.pixel(i, 0, y, x) << 16 | images.pixel(i, 1, y, x) << 8
                                | images.pixel(i, 2, y, x));
                    }
                }
            }
            Path file = dir.resolve(classNames.get(images.label(i))).resolve(String.format("%05d.png", i));
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        }
    }
}
