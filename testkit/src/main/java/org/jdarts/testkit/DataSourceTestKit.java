package org.jdarts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageSet;
import org.jdarts.data.ReadOptions;

/**
 * Checks a {@link DataSource} the way jdarts will use it, for plug-in authors, on a small folder
 * in the source's layout that the test provides: the name and description are well formed, the
 * declared option names are options jdarts records, the source recognises the folder and not an
 * empty one, and reading it gives training and test images of one shape, at least one of each,
 * labels within the class names, distinct class names, a checksum of every file read, the
 * source's own name in the result, and the same images and checksums when read again.
 *
 * <pre>{@code
 * DataSourceTestKit.of(new MySource()).folder(sampleDir).check();
 * }</pre>
 *
 * <p>{@link #check()} throws an {@link AssertionError} that lists every problem found, so it works
 * with any test framework.
 */
public final class DataSourceTestKit {

    private final DataSource source;
    private Path folder;
    private ReadOptions options = ReadOptions.PARTIAL;

    private DataSourceTestKit(DataSource source) {
        this.source = source;
    }

    /**
     * Starts checking a source.
     *
     * @param source the source
     * @return the kit
     */
    public static DataSourceTestKit of(DataSource source) {
        return new DataSourceTestKit(source);
    }

    /** Reads this folder (required): a few images in the source's layout. */
    public DataSourceTestKit folder(Path dir) {
        this.folder = Objects.requireNonNull(dir, "dir");
        return this;
    }

    /** Reads with these options (default: {@link ReadOptions#PARTIAL}, as a sample is partial). */
    public DataSourceTestKit options(ReadOptions readOptions) {
        this.options = Objects.requireNonNull(readOptions, "options");
        return this;
    }

    /**
     * Runs every check.
     *
     * @return what the source read
     * @throws AssertionError listing every problem found
     * @throws IllegalStateException if no folder was given
     */
    public ImageData check() {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalStateException("give the kit a folder in the source's layout: .folder(dir), got " + folder);
        }
        List<String> problems = new ArrayList<>();
        checkDeclaration(problems);
        if (!source.recognizes(folder)) {
            problems.add("does not recognise " + folder);
        }
        if (recognizesAnEmptyFolder()) {
            problems.add("recognises an empty folder");
        }
        ImageData data = null;
        try {
            data = source.read(folder, options);
            checkData(data, problems);
            checkRepeatable(data, source.read(folder, options), problems);
        } catch (IOException | RuntimeException e) {
            problems.add("reading " + folder + " failed: " + e);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(source.name() + " fails " + problems.size() + " check(s):\n  "
                    + String.join("\n  ", problems));
        }
        return data;
    }

    private void checkDeclaration(List<String> problems) {
        String name = source.name();
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            problems.add("name '" + name + "' must be lower-case letters, digits or '-' (it is typed before ':' in"
                    + " --data NAME:DIR)");
        }
        String description = source.description();
        if (description == null || description.isBlank() || description.contains("\n")) {
            problems.add("description must be one non-empty line, got '" + description + "'");
        }
        for (String option : source.optionNames()) {
            if (!ReadOptions.WHOLE.toMap().containsKey(option)) {
                problems.add("optionNames() names '" + option + "', which is none of " + ReadOptions.WHOLE.toMap().keySet());
            }
        }
    }

    private boolean recognizesAnEmptyFolder() {
        Path empty = null;
        try {
            empty = Files.createTempDirectory("jdarts-testkit-empty");
            return source.recognizes(empty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (empty != null) {
                try {
                    Files.deleteIfExists(empty);
                } catch (IOException ignored) {
                    // a leftover empty folder in the temporary directory is harmless
                }
            }
        }
    }

    private void checkData(ImageData data, List<String> problems) {
        if (!source.name().equals(data.source())) {
            problems.add("read() says it came from '" + data.source() + "', not '" + source.name() + "'");
        }
        if (data.train().size() == 0 || data.test().size() == 0) {
            problems.add("read " + data.train().size() + " training and " + data.test().size()
                    + " test images; a folder needs both");
        }
        if (new HashSet<>(data.classNames()).size() != data.classNames().size()) {
            problems.add("class names repeat: " + data.classNames());
        }
        checkLabels("training", data.train(), data.classes(), problems);
        checkLabels("test", data.test(), data.classes(), problems);
        if (data.checksums().isEmpty()) {
            problems.add("no checksums: provenance needs the SHA-256 of every file read");
        }
        data.checksums().forEach((file, sum) -> {
            if (sum == null || !sum.matches("[0-9a-f]{64}")) {
                problems.add("checksum of " + file + " is not a SHA-256 in lower-case hex: " + sum);
            }
        });
    }

    private static void checkLabels(String which, ImageSet images, int classes, List<String> problems) {
        for (int i = 0; i < images.size(); i++) {
            int label = images.label(i);
            if (label < 0 || label >= classes) {
                problems.add(which + " image " + i + " has label " + label + ", outside 0.." + (classes - 1));
                return;
            }
        }
    }

    private static void checkRepeatable(ImageData first, ImageData second, List<String> problems) {
        boolean same = Arrays.equals(first.train().pixels(), second.train().pixels())
                && Arrays.equals(first.train().labels(), second.train().labels())
                && Arrays.equals(first.test().pixels(), second.test().pixels())
                && Arrays.equals(first.test().labels(), second.test().labels());
        if (!same) {
            problems.add("reading the folder twice gives different images or labels (a run could not be resumed)");
        }
        if (!Map.copyOf(first.checksums()).equals(second.checksums())) {
            problems.add("reading the folder twice gives different checksums");
        }
        if (!first.classNames().equals(second.classNames())) {
            problems.add("reading the folder twice gives other class names");
        }
    }
}
