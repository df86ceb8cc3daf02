package org.jdarts.imagefolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageShape;
import org.jdarts.data.ReadOptions;
import org.jdarts.imagefolder.testing.ImageFolderSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderSourceTest {

    private static final ReadOptions AT_40 = ReadOptions.WHOLE.withImageSize(40);

    @TempDir
    Path tmp;

    private ImageData read(Path dir, ReadOptions options) throws IOException {
        return new ImageFolderSource(tmp.resolve("cache")).read(dir, options);
    }

    private String refusal(Path dir, ReadOptions options) {
        return assertThrows(DataFormatException.class, () -> read(dir, options)).getMessage();
    }

    @Test
    void trainAndTestFoldersOfMixedFormatsResizeToOneShape() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("shapes"), 3, 50, "train", "test");
        ImageFolderSample.write(dir.resolve("train/class1/photo.jpg"), "jpg", BufferedImage.TYPE_INT_RGB, 640, 480,
                Color.GREEN);
        ImageFolderSample.write(dir.resolve("train/class2/gray.png"), "png", BufferedImage.TYPE_BYTE_GRAY, 20, 30,
                Color.GRAY);
        assertTrue(new ImageFolderSource().recognizes(dir));
        ImageData data = read(dir, AT_40);
        assertEquals(new ImageShape(3, 40, 40), data.shape(), "one colour image makes the data RGB");
        assertEquals(List.of("class0", "class1", "class2", "class3"), data.classNames());
        assertEquals(14, data.train().size());
        assertEquals(12, data.test().size());
        // class 0 is red: far from the white corner mark, red is 255 and green 0
        assertEquals(255, data.train().pixel(0, 0, 35, 35));
        assertEquals(0, data.train().pixel(0, 1, 35, 35));
        assertEquals(255, data.train().pixel(0, 1, 0, 0), "the white corner");
        assertEquals(14 + 12, data.checksums().size());
        assertTrue(data.checksums().containsKey("train/class1/photo.jpg"), data.checksums().keySet().toString());
        assertTrue(data.augmentation().flip());
        assertEquals(5, data.augmentation().padding());
    }

    @Test
    void allGrayscaleImagesGiveOneChannel() throws IOException {
        Path dir = tmp.resolve("gray");
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 3; i++) {
                ImageFolderSample.write(dir.resolve("c" + c + "/i" + i + ".png"), "png",
                        i == 0 ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY, 16, 16,
                        c == 0 ? Color.BLACK : Color.GRAY);
            }
        }
        ImageData data = read(dir, ReadOptions.WHOLE.withImageSize(8).withTestPortion(0.34));
        assertEquals(new ImageShape(1, 8, 8), data.shape());
        assertEquals(4, data.train().size());
        assertEquals(2, data.test().size(), "a third of each class of 3 is held out");
    }

    @Test
    void transparentPaletteAndSixteenBitImagesAreRead() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("kinds"), 2, 12);
        ImageFolderSample.write(dir.resolve("class0/alpha.png"), "png", BufferedImage.TYPE_INT_ARGB, 12, 12,
                new Color(255, 0, 0, 128));
        ImageFolderSample.write(dir.resolve("class1/palette.gif"), "gif", BufferedImage.TYPE_BYTE_INDEXED, 12, 12,
                Color.GREEN);
        ImageFolderSample.write(dir.resolve("class2/deep.png"), "png", BufferedImage.TYPE_USHORT_GRAY, 12, 12,
                Color.WHITE);
        ImageFolderSample.write(dir.resolve("class3/old.bmp"), "bmp", BufferedImage.TYPE_3BYTE_BGR, 12, 12,
                Color.YELLOW);
        ImageData data = read(dir, ReadOptions.WHOLE.withImageSize(8));
        assertEquals(12, data.train().size() + data.test().size());
    }

    @Test
    void nonImageFilesAreIgnoredAndCounted() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("mixed"), 2, 10);
        Files.writeString(dir.resolve("class0/notes.txt"), "not an image");
        Files.createDirectories(dir.resolve("class1/thumbnails"));
        Files.writeString(dir.resolve("README"), "top-level files are not classes");
        ImageData data = read(dir, ReadOptions.WHOLE.withImageSize(8));
        assertEquals(4, data.classes());
        assertEquals(List.of("ignored 2 entries of class folders that are not image files"), data.notes());
    }

    @Test
    void anEmptyClassFolderIsRefused() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("empty"), 2, 10);
        Files.createDirectories(dir.resolve("class9"));
        assertEquals(dir.resolve("class9") + ": no image files (.bmp, .gif, .jpeg, .jpg, .png); remove the folder or"
                + " add images", refusal(dir, ReadOptions.WHOLE));
    }

    @Test
    void aClassInOnlyOneOfTrainAndTestIsRefused() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("uneven"), 1, 10, "train", "test");
        ImageFolderSample.write(dir.resolve("train/extra/a.png"), "png", BufferedImage.TYPE_INT_RGB, 8, 8, Color.RED);
        assertEquals(dir.resolve("test/extra") + ": missing; class 'extra' is in train/ but not in test/",
                refusal(dir, ReadOptions.WHOLE));
        Path other = ImageFolderSample.classes(tmp.resolve("uneven2"), 1, 10, "train", "test");
        ImageFolderSample.write(other.resolve("test/extra/a.png"), "png", BufferedImage.TYPE_INT_RGB, 8, 8, Color.RED);
        assertEquals(other.resolve("train/extra") + ": missing; class 'extra' is in test/ but not in train/",
                refusal(other, ReadOptions.WHOLE));
    }

    @Test
    void aSingleClassIsRefused() throws IOException {
        Path dir = tmp.resolve("one");
        for (int i = 0; i < 3; i++) {
            ImageFolderSample.write(dir.resolve("only/i" + i + ".png"), "png", BufferedImage.TYPE_INT_RGB, 8, 8,
                    Color.RED);
        }
        assertEquals(dir + ": 1 class folder; a classifier needs at least 2", refusal(dir, ReadOptions.WHOLE));
    }

    @Test
    void aTruncatedImageIsRefusedNamingItOrSkippedAndCounted() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("broken"), 3, 64);
        Path broken = dir.resolve("class2/img1.png");
        try (RandomAccessFile f = new RandomAccessFile(broken.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        String message = refusal(dir, ReadOptions.WHOLE);
        assertTrue(message.startsWith(broken + ": "), message);
        assertTrue(message.endsWith("; remove it, or skip unreadable images with --skip-unreadable"), message);
        ImageData data = read(dir, ReadOptions.WHOLE.withSkipUnreadable(true));
        assertEquals(11, data.train().size() + data.test().size());
        assertEquals(1, data.notes().size());
        assertTrue(data.notes().get(0).startsWith("skipped 1 unreadable image, first " + broken + ": "),
                data.notes().get(0));
    }

    @Test
    void aFileThatIsNoImageDespiteItsNameIsRefused() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("liar"), 2, 10);
        Path fake = dir.resolve("class3/fake.jpg");
        Files.writeString(fake, "plain text with a .jpg name");
        assertEquals(fake + ": not an image format this reader knows (PNG, JPEG, BMP, GIF); remove it, or skip"
                + " unreadable images with --skip-unreadable", refusal(dir, ReadOptions.WHOLE));
    }

    @Test
    void aSymlinkLoopIsNoClassFolder() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("loop"), 2, 10);
        Files.createSymbolicLink(dir.resolve("a"), dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b"), dir.resolve("a"));
        ImageData data = read(dir, ReadOptions.WHOLE.withImageSize(8));
        assertEquals(4, data.classes());
    }

    @Test
    void aHugeImageIsSubsampledWhileItIsRead() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("huge"), 2, 10);
        Path huge = HugePng.write(dir.resolve("class0/huge.png"), 20_000, 20_000);
        assertTrue(Files.size(huge) < 1_000_000, "the file is small: " + Files.size(huge));
        Runtime rt = Runtime.getRuntime();
        ImageData data = read(dir, ReadOptions.WHOLE.withImageSize(16));
        assertEquals(9, data.train().size() + data.test().size());
        assertTrue(rt.totalMemory() - rt.freeMemory() < 1_500_000_000L, "decoding did not hold the whole image");
        assertFalse(data.notes().stream().anyMatch(n -> n.contains("skipped")));
    }
}
