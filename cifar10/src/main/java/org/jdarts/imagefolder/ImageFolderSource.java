package org.jdarts.imagefolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdarts.data.Augmentation;
import org.jdarts.data.CacheLocation;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageSet;
import org.jdarts.data.ImageShape;
import org.jdarts.data.Normalization;
import org.jdarts.data.ReadOptions;

/**
 * The {@code imagefolder} data source: image files sorted into one folder per class, either
 * {@code DIR/train/<class>/*} and {@code DIR/test/<class>/*}, or {@code DIR/<class>/*} with a
 * seeded portion of every class held out for testing. Files ending in .png, .jpg, .jpeg, .bmp or
 * .gif are images; other files and subfolders of a class folder are ignored (and counted).
 * Classes are the folder names in sorted order. Every image is resized to
 * {@code imageSize}×{@code imageSize}; the data has 1 channel when every image is grayscale, else
 * 3. Normalised with the training images' mean and standard deviation; augmented with 4-pixel
 * padding and crop (an eighth of the size) and horizontal flips.
 *
 * <p>Decoded images are kept in the {@linkplain CacheLocation cache folder} under
 * {@code imagefolder/}, keyed by the files' contents and the image size, so a later run on the
 * same files reads them without decoding (and, when the files' paths, sizes and modification
 * times are unchanged, without hashing them again).
 */
public final class ImageFolderSource implements DataSource {

    /** The source's name. */
    public static final String NAME = "imagefolder";

    /** File name endings taken for images (lower case). */
    static final Set<String> IMAGE_ENDINGS = Set.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    /** The seed of the held-out test portion: fixed, so that every run tests on the same images. */
    static final long SPLIT_SEED = 0x5EED;

    private final Optional<Path> cacheFolder;

    /** Creates the source with the {@linkplain CacheLocation configured cache folder} (as plug-in discovery does). */
    public ImageFolderSource() {
        this.cacheFolder = CacheLocation.folder();
    }

    /**
     * Creates the source with its own cache folder.
     *
     * @param cacheFolder the folder decoded images are kept in, or null to decode on every read
     */
    public ImageFolderSource(Path cacheFolder) {
        this.cacheFolder = Optional.ofNullable(cacheFolder);
    }

    @Override
    public DataSource withCacheFolder(Path folder) {
        return new ImageFolderSource(folder);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "image files (PNG, JPEG, BMP, GIF) in DIR/train/<class>/ and DIR/test/<class>/, or DIR/<class>/"
                + " with a held-out test portion; resized to --image-size";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("imageSize", "testPortion", "skipUnreadable");
    }

    @Override
    public boolean recognizes(Path dir) {
        if (Files.isDirectory(dir.resolve("train")) && Files.isDirectory(dir.resolve("test"))) {
            return hasImages(dir.resolve("train"));
        }
        return hasImages(dir);
    }

    /** Returns whether some subfolder of {@code dir} directly holds an image file. */
    private static boolean hasImages(Path dir) {
        try (Stream<Path> classes = Files.list(dir)) {
            return classes.filter(Files::isDirectory).anyMatch(c -> {
                try (Stream<Path> files = Files.list(c)) {
                    return files.anyMatch(ImageFolderSource::isImage);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && IMAGE_ENDINGS.contains(name.substring(dot)) && Files.isRegularFile(file);
    }

    @Override
    public ImageData read(Path dir, ReadOptions options) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new DataFormatException(dir + ": not a folder");
        }
        boolean split = Files.isDirectory(dir.resolve("train")) || Files.isDirectory(dir.resolve("test"));
        FolderScan scan = new FolderScan(dir, options.skipUnreadable(), new ImageDecoder(options.imageSize()),
                cacheFolder.map(f -> new DecodeCache(f.resolve(NAME))).orElse(null));
        List<ClassFiles> train;
        List<ClassFiles> test;
        if (split) {
            for (String part : List.of("train", "test")) {
                if (!Files.isDirectory(dir.resolve(part))) {
                    throw new DataFormatException(dir.resolve(part) + ": missing (a folder with train/ needs test/ too,"
                            + " or put the class folders directly in " + dir + ")");
                }
            }
            train = FolderScan.classes(dir.resolve("train"));
            test = FolderScan.classes(dir.resolve("test"));
            List<String> trainNames = train.stream().map(ClassFiles::name).toList();
            List<String> testNames = test.stream().map(ClassFiles::name).toList();
            for (String name : trainNames) {
                if (!testNames.contains(name)) {
                    throw new DataFormatException(dir.resolve("test").resolve(name) + ": missing; class '" + name
                            + "' is in train/ but not in test/");
                }
            }
            for (String name : testNames) {
                if (!trainNames.contains(name)) {
                    throw new DataFormatException(dir.resolve("train").resolve(name) + ": missing; class '" + name
                            + "' is in test/ but not in train/");
                }
            }
        } else {
            List<ClassFiles> all = FolderScan.classes(dir);
            train = new ArrayList<>();
            test = new ArrayList<>();
            for (ClassFiles c : all) {
                ClassFiles[] parts = c.split(options.testPortion(), SPLIT_SEED);
                train.add(parts[0]);
                test.add(parts[1]);
            }
        }
        if (train.size() < 2) {
            throw new DataFormatException(dir + ": " + train.size() + " class folder" + (train.size() == 1 ? "" : "s")
                    + "; a classifier needs at least 2");
        }
        List<String> classNames = train.stream().map(ClassFiles::name).toList();
        FolderScan.Decoded trainImages = scan.decode(train);
        FolderScan.Decoded testImages = scan.decode(test);
        int channels = trainImages.gray() && testImages.gray() ? 1 : 3;
        ImageShape shape = new ImageShape(channels, options.imageSize(), options.imageSize());
        ImageSet trainSet = trainImages.toImageSet(shape, classNames.size());
        ImageSet testSet = testImages.toImageSet(shape, classNames.size());
        int padding = Math.max(1, options.imageSize() / 8);
        return new ImageData(NAME, dir, trainSet, testSet, classNames, Normalization.of(trainSet),
                new Augmentation(padding, true, 0), scan.checksums(), scan.notes());
    }
}
