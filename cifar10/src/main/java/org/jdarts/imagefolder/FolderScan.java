package org.jdarts.imagefolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jdarts.data.CacheLocation;
import org.jdarts.data.Checksums;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.ImageSet;
import org.jdarts.data.ImageShape;

/** Lists class folders and decodes their images, counting what it ignores or skips. */
final class FolderScan {

    /**
     * Decoded images of several classes, in class order.
     *
     * @param rgb one array of side² 0xRRGGBB pixels per image
     * @param labels one label per image
     * @param gray whether every image was grayscale
     */
    record Decoded(List<int[]> rgb, byte[] labels, boolean gray) {

        /** Returns the images as 8-bit planes of {@code shape} ({@link ImagePixels}: luma when grayscale). */
        ImageSet toImageSet(ImageShape shape, int classes) {
            byte[] pixels = new byte[rgb.size() * shape.bytes()];
            for (int i = 0; i < rgb.size(); i++) {
                ImagePixels.planes(rgb.get(i), shape, pixels, i * shape.bytes());
            }
            return new ImageSet(labels, pixels, shape, classes);
        }
    }

    private final Path root;
    private final boolean skipUnreadable;
    private final ImageDecoder decoder;
    private final DecodeCache cache;
    private final Set<Path> counted = new HashSet<>();
    private final Map<String, String> checksums = new LinkedHashMap<>();
    private final List<String> skipped = new ArrayList<>();
    private int ignored;
    private int decoded;
    private int fromCache;
    private int hashed;
    private boolean cacheFailed;

    /**
     * Creates a scan.
     *
     * @param root the data folder (checksums are recorded relative to it)
     * @param skipUnreadable whether unreadable images are skipped rather than refused
     * @param decoder the decoder
     * @param cache where decoded images are kept between runs, or null for none
     */
    FolderScan(Path root, boolean skipUnreadable, ImageDecoder decoder, DecodeCache cache) {
        this.root = root;
        this.skipUnreadable = skipUnreadable;
        this.decoder = decoder;
        this.cache = cache;
    }

    /**
     * Lists the class folders of {@code dir} (its subfolders, sorted by name) and their image files.
     *
     * @param dir a folder of class folders
     * @return the classes
     * @throws DataFormatException if there is no class folder or a class folder holds no image
     */
    static List<ClassFiles> classes(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> entries = Files.list(dir)) {
            folders = entries.filter(Files::isDirectory).sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<ClassFiles> classes = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> images;
            try (Stream<Path> files = Files.list(folder)) {
                images = files.filter(ImageFolderSource::isImage)
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
            if (images.isEmpty()) {
                throw new DataFormatException(folder + ": no image files (" + String.join(", ",
                        ImageFolderSource.IMAGE_ENDINGS.stream().sorted().toList()) + "); remove the folder or add images");
            }
            classes.add(new ClassFiles(folder.getFileName().toString(), folder, images));
        }
        return classes;
    }

    /** Counts the entries of class folders that are not image files (they are ignored). */
    private void countIgnored(List<ClassFiles> classes) throws IOException {
        for (ClassFiles c : classes) {
            if (!counted.add(c.folder())) {
                continue;
            }
            try (Stream<Path> files = Files.list(c.folder())) {
                ignored += (int) files.filter(f -> !ImageFolderSource.isImage(f)).count();
            }
        }
    }

    /**
     * Decodes the images of every class.
     *
     * @param classes the classes, in label order
     * @return the decoded images
     * @throws DataFormatException naming the first unreadable image (unless they are skipped), or a
     *     class left without images
     */
    Decoded decode(List<ClassFiles> classes) throws IOException {
        countIgnored(classes);
        List<Path> files = new ArrayList<>();
        for (ClassFiles c : classes) {
            files.addAll(c.images());
        }
        List<String> sums = cache == null ? null : cache.knownChecksums(files).orElse(null);
        if (sums == null) {
            try {
                sums = IntStream.range(0, files.size()).parallel().mapToObj(i -> checksum(files.get(i))).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            hashed += files.size();
            if (cache != null) {
                cache.rememberChecksums(files, sums);
            }
        }
        List<DecodeCache.Outcome> outcomes = outcomes(files, sums);
        List<int[]> rgb = new ArrayList<>();
        List<Byte> labels = new ArrayList<>();
        boolean gray = true;
        int index = 0;
        for (int label = 0; label < classes.size(); label++) {
            ClassFiles c = classes.get(label);
            int before = rgb.size();
            for (Path file : c.images()) {
                DecodeCache.Outcome outcome = outcomes.get(index);
                String sum = sums.get(index++);
                if (outcome.image() == null) {
                    if (!skipUnreadable) {
                        throw new DataFormatException(file + ": " + outcome.problem()
                                + "; remove it, or skip unreadable images with --skip-unreadable");
                    }
                    skipped.add(file + ": " + outcome.problem());
                    continue;
                }
                checksums.put(root.relativize(file).toString(), sum);
                rgb.add(outcome.image().rgb());
                labels.add((byte) label);
                gray &= outcome.image().gray();
            }
            if (rgb.size() == before) {
                throw new DataFormatException(c.folder() + ": none of its " + c.images().size()
                        + " images could be read");
            }
        }
        byte[] labelArray = new byte[labels.size()];
        for (int i = 0; i < labelArray.length; i++) {
            labelArray[i] = labels.get(i);
        }
        return new Decoded(rgb, labelArray, gray);
    }

    /**
     * Returns what every file decodes to: from the cache when it holds these files at this size,
     * else decoded (and cached). A file that cannot be decoded is an outcome too, not an error, so
     * that the cache remembers it.
     */
    private List<DecodeCache.Outcome> outcomes(List<Path> files, List<String> sums) {
        String key = DecodeCache.key(decoder.side(), sums);
        if (cache != null) {
            Optional<List<DecodeCache.Outcome>> cached = cache.load(key, decoder.side(), files.size());
            if (cached.isPresent()) {
                fromCache += files.size();
                return cached.get();
            }
        }
        List<DecodeCache.Outcome> outcomes = IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            try {
                return DecodeCache.Outcome.of(decoder.decode(files.get(i)));
            } catch (IOException e) {
                return DecodeCache.Outcome.unreadable(e.getMessage());
            }
        }).toList();
        decoded += files.size();
        if (cache != null && !cache.store(key, decoder.side(), outcomes)) {
            cacheFailed = true;
        }
        return outcomes;
    }

    private static String checksum(Path file) {
        try {
            return Checksums.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the SHA-256 of every image read, by path relative to the data folder. */
    Map<String, String> checksums() {
        return checksums;
    }

    /** Returns how many images were decoded (not taken from the cache). */
    int decoded() {
        return decoded;
    }

    /** Returns how many files were hashed (not known to the cache by their paths, sizes and times). */
    int hashed() {
        return hashed;
    }

    /** Returns how many images were taken from the cache. */
    int fromCache() {
        return fromCache;
    }

    /** Returns what was ignored or skipped, one line each (nothing when all was read). */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (cacheFailed) {
            notes.add("could not write the decode cache in " + cache.folder()
                    + "; later runs decode again (set " + CacheLocation.VARIABLE + ")");
        }
        if (ignored > 0) {
            notes.add("ignored " + ignored + " entr" + (ignored == 1 ? "y" : "ies") + " of class folders that are not"
                    + " image files");
        }
        if (!skipped.isEmpty()) {
            notes.add("skipped " + skipped.size() + " unreadable image" + (skipped.size() == 1 ? "" : "s") + ", first "
                    + skipped.get(0));
        }
        return notes;
    }
}
