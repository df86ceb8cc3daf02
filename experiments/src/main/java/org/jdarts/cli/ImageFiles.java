package org.jdarts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The image files a command was given: files as named, folders searched for image files in name order. */
final class ImageFiles {

    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    private ImageFiles() {}

    /**
     * Lists the files.
     *
     * @param what how messages name the arguments (e.g. {@code IMAGE})
     * @param paths files and folders
     * @return the files, folders' contents sorted by path
     * @throws UsageException if a path does not exist or no image file was found
     * @throws IOException if a folder cannot be read
     */
    static List<Path> list(String what, List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ImageFiles::isImageName).sorted().forEach(files::add);
                }
            } else {
                throw new UsageException(what + " " + path + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new UsageException(what + " " + paths + ": no image files (.png, .jpg, .jpeg, .bmp, .gif) there");
        }
        return files;
    }

    private static boolean isImageName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
