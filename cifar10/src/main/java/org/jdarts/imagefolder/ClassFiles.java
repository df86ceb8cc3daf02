package org.jdarts.imagefolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jdarts.data.DataFormatException;

/**
 * The image files of one class folder, sorted by name.
 *
 * @param name the class name (the folder's name)
 * @param folder the folder
 * @param images its image files, sorted
 */
record ClassFiles(String name, Path folder, List<Path> images) {

    /** Copies the list. */
    ClassFiles {
        images = List.copyOf(images);
    }

    /**
     * Splits the images into a training and a held-out test part: a seeded random
     * {@code portion} of them (at least one) for testing.
     *
     * @param portion the test portion, in (0, 1)
     * @param seed the seed of the draw
     * @return the training part and the test part
     * @throws DataFormatException if the class has fewer than 2 images
     */
    ClassFiles[] split(double portion, long seed) throws DataFormatException {
        int n = images.size();
        if (n < 2) {
            throw new DataFormatException(folder + ": " + n + " image; holding out a test portion needs at least 2"
                    + " per class (or give DIR/train/ and DIR/test/)");
        }
        int testCount = Math.min(n - 1, Math.max(1, (int) Math.round(n * portion)));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed ^ name.hashCode());
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] held = new boolean[n];
        for (int i = 0; i < testCount; i++) {
            held[order[i]] = true;
        }
        List<Path> train = new ArrayList<>();
        List<Path> test = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (held[i] ? test : train).add(images.get(i));
        }
        return new ClassFiles[] {new ClassFiles(name, folder, train), new ClassFiles(name, folder, test)};
    }
}
