package org.jdarts.cifar10;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Downloads the official {@code cifar-10-binary.tar.gz}, checks its MD5 before anything is
 * unpacked, and unpacks the six {@code .bin} files and {@code batches.meta.txt} into a folder.
 * Files appear under their final names only once every one of them is complete.
 */
public final class Cifar10Download {

    /** The official address of the binary archive. */
    public static final URI OFFICIAL_URL = URI.create("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz");

    /** The MD5 the CIFAR-10 page publishes for the binary archive. */
    public static final String OFFICIAL_MD5 = "c32a1d4ab5d03f1284b67883e8d87530";

    private static final String META = "batches.meta.txt";

    private Cifar10Download() {}

    /**
     * Downloads, verifies and unpacks.
     *
     * @param source the archive's address ({@code https:} or {@code file:})
     * @param expectedMd5 the archive's MD5 in hex
     * @param dir the folder to unpack into (created if needed)
     * @param bytesRead told the number of bytes downloaded so far, from time to time
     * @return the unpacked files
     * @throws IOException if the download fails, the checksum differs or the archive lacks a file
     */
    public static List<Path> download(URI source, String expectedMd5, Path dir, LongConsumer bytesRead)
            throws IOException {
        Files.createDirectories(dir);
        Path archive = Files.createTempFile(dir, ".cifar-10-binary", ".tar.gz.part");
        List<Path> staged = new ArrayList<>();
        try {
            String md5 = fetch(source, archive, bytesRead);
            if (!md5.equalsIgnoreCase(expectedMd5)) {
                throw new IOException(source + ": MD5 is " + md5 + ", expected " + expectedMd5
                        + " (corrupt or different download; nothing was unpacked)");
            }
            Map<String, Path> files = unpack(archive, dir, staged);
            List<Path> done = new ArrayList<>();
            for (Map.Entry<String, Path> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                done.add(target);
            }
            return done;
        } finally {
            Files.deleteIfExists(archive);
            for (Path p : staged) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String fetch(URI source, Path archive, LongConsumer bytesRead) throws IOException {
        MessageDigest md5 = newMd5();
        InputStream stream;
        try {
            stream = source.toURL().openStream();
        } catch (UnknownHostException | ConnectException | NoRouteToHostException
                | SocketTimeoutException e) {
            throw new IOException(source + ": cannot connect (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); without network, fetch cifar-10-binary.tar.gz elsewhere and give it as a file: URL, or"
                    + " unpack it into the data folder yourself", e);
        }
        try (InputStream in = new DigestInputStream(stream, md5);
                OutputStream out = Files.newOutputStream(archive)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            long reported = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                total += n;
                if (total - reported >= (8 << 20)) {
                    bytesRead.accept(total);
                    reported = total;
                }
            }
            bytesRead.accept(total);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private static Map<String, Path> unpack(Path archive, Path dir, List<Path> staged) throws IOException {
        List<String> wanted = new ArrayList<>(Cifar10.TRAIN_FILES);
        wanted.add(Cifar10.TEST_FILE);
        wanted.add(META);
        Map<String, Path> found = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                String base = Path.of(entry.getName()).getFileName().toString();
                if (!entry.isFile() || !wanted.contains(base) || found.containsKey(base)) {
                    continue;
                }
                Path part = Files.createTempFile(dir, "." + base, ".part");
                staged.add(part);
                Files.copy(tar, part, StandardCopyOption.REPLACE_EXISTING);
                found.put(base, part);
            }
        }
        List<String> missing = new ArrayList<>(wanted);
        missing.removeAll(found.keySet());
        missing.remove(META);
        if (!missing.isEmpty()) {
            throw new IOException(archive.getFileName() + ": the archive lacks " + String.join(", ", missing));
        }
        return found;
    }

    private static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
