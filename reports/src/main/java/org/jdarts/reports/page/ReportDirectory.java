package org.jdarts.reports.page;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A report folder, replaced as a whole: a report is written into a staging folder beside it, which
 * then takes the old report's place, so that a reader never sees half a report and a crash leaves
 * the previous one. A folder is only ever replaced if it holds a jdarts report (its marker file)
 * or nothing. Replacing takes two renames (the old report aside, the new one in); a process killed
 * between them leaves no report folder but both reports beside it, and the next writer puts the
 * newer complete one back before it starts.
 */
public final class ReportDirectory {

    /** The file that marks a folder as a jdarts report. */
    public static final String MARKER = ".jdarts-report";

    private static final String STAGING = "-staging-";
    private static final String OLD = "-old-";
    /** Written into a staging folder once its report is complete, before it is moved in. */
    private static final String COMPLETE = ".complete";

    private ReportDirectory() {}

    /**
     * Checks that a folder may receive a report.
     *
     * @param out the report folder
     * @throws IllegalArgumentException if it is a file, or a non-empty folder that is not a report
     * @throws IOException if it cannot be listed
     */
    public static void checkWritable(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + ": is a file; the report needs a folder");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER))) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(out + ": exists and is not a jdarts report folder (no " + MARKER
                            + "); choose another --out");
                }
            }
        }
    }

    /**
     * Creates an empty staging folder beside the report folder, after removing those that dead
     * processes left.
     *
     * @param out the report folder
     * @return the staging folder
     * @throws IOException if it cannot be created
     */
    public static Path stage(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        removeLeftovers(out);
        Path staging = parent.resolve("." + out.getFileName() + STAGING + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
        Files.createDirectory(staging);
        Files.writeString(staging.resolve(MARKER), "written by jdarts report; this folder is replaced as a whole\n");
        return staging;
    }

    /**
     * Puts a staging folder in the report folder's place.
     *
     * @param staging the finished staging folder
     * @param out the report folder
     * @throws IOException if it cannot be moved
     */
    public static void publish(Path staging, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path old = target.resolveSibling("." + out.getFileName() + OLD + ProcessHandle.current().pid() + "-"
                + System.nanoTime());
        Files.writeString(staging.resolve(COMPLETE), "");
        for (int attempt = 0; ; attempt++) {
            try {
                if (Files.exists(target)) {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(target.resolve(COMPLETE));
                break;
            } catch (NoSuchFileException | FileAlreadyExistsException | DirectoryNotEmptyException e) {
                if (attempt >= 5) {
                    throw e;
                }
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(out + ": cannot replace the report folder atomically: " + e.getMessage(), e);
            }
        }
        deleteTree(old);
    }

    /** Removes a failed staging folder. */
    public static void discard(Path staging) {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: the failure being reported matters more
        }
    }

    /**
     * Deletes a report folder if it is one (holds the marker), with whatever a writer left beside it.
     *
     * @param out the report folder
     * @throws IOException if it cannot be deleted
     */
    public static void delete(Path out) throws IOException {
        if (Files.exists(out.resolve(MARKER))) {
            deleteTree(out);
        }
    }

    /**
     * Removes what dead writers left beside the report folder; when one was killed between its two
     * renames (no report folder, its reports beside it), first puts the newer complete report back.
     */
    private static void removeLeftovers(Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        String prefix = "." + out.getFileName();
        List<Path> complete = new ArrayList<>();
        List<Path> old = new ArrayList<>();
        List<Path> dead = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String name = p.getFileName().toString();
                for (String kind : new String[] {STAGING, OLD}) {
                    if (name.startsWith(prefix + kind) && !alive(name.substring((prefix + kind).length()))) {
                        dead.add(p);
                        if (kind.equals(OLD)) {
                            old.add(p);
                        } else if (Files.exists(p.resolve(COMPLETE))) {
                            complete.add(p);
                        }
                    }
                }
            }
        }
        if (!Files.exists(target)) {
            Comparator<Path> byTime = Comparator.comparingLong(ReportDirectory::writtenAt);
            Optional<Path> back = complete.stream().max(byTime).or(() -> old.stream().max(byTime));
            if (back.isPresent()) {
                Files.move(back.get(), target, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(target.resolve(COMPLETE));
                dead.remove(back.get());
            }
        }
        for (Path p : dead) {
            deleteTree(p);
        }
    }

    /** Returns when a leftover folder last changed (its entries), or 0 if that cannot be read. */
    private static long writtenAt(Path leftover) {
        try {
            return Files.getLastModifiedTime(leftover).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean alive(String pidAndTime) {
        try {
            long pid = Long.parseLong(pidAndTime.substring(0, pidAndTime.indexOf('-')));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
