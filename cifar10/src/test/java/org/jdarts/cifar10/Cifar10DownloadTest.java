package org.jdarts.cifar10;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.jdarts.cifar10.testing.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10DownloadTest {

    /** Packs files as the official archive does, under cifar-10-batches-bin/. */
    private static Path archive(Path dir, List<Path> files) throws IOException {
        Path tgz = dir.resolve("cifar-10-binary.tar.gz");
        try (OutputStream out = Files.newOutputStream(tgz);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (Path f : files) {
                TarArchiveEntry e = new TarArchiveEntry("cifar-10-batches-bin/" + f.getFileName());
                e.setSize(Files.size(f));
                tar.putArchiveEntry(e);
                Files.copy(f, tar);
                tar.closeArchiveEntry();
            }
        }
        return tgz;
    }

    private static String md5(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
    }

    /** The sample padded out to the official file list (batches 2-5 are copies of batch 1). */
    private static List<Path> fullLayout(Path dir) throws IOException {
        Path src = SampleData.copySample(Files.createDirectories(dir.resolve("src")));
        for (int i = 2; i <= 5; i++) {
            Files.copy(src.resolve("data_batch_1.bin"), src.resolve("data_batch_" + i + ".bin"));
        }
        try (Stream<Path> s = Files.list(src)) {
            return s.sorted().toList();
        }
    }

    @Test
    void downloadsChecksAndUnpacksFromAFileUrl(@TempDir Path dir) throws Exception {
        Path tgz = archive(dir, fullLayout(dir));
        Path out = dir.resolve("out");
        List<Path> files = Cifar10Download.download(tgz.toUri(), md5(tgz), out, n -> { });
        assertEquals(6, files.size());
        assertArrayEquals(Files.readAllBytes(SampleData.sampleDir().resolve("test_batch.bin")),
                Files.readAllBytes(out.resolve("test_batch.bin")));
        assertEquals(2500, Cifar10Reader.read(out, true).train().size());
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void wrongChecksumUnpacksNothing(@TempDir Path dir) throws Exception {
        Path tgz = archive(dir, fullLayout(dir));
        Path out = dir.resolve("out");
        IOException e = assertThrows(IOException.class,
                () -> Cifar10Download.download(tgz.toUri(), Cifar10Download.OFFICIAL_MD5, out, n -> { }));
        assertTrue(e.getMessage().contains("expected " + Cifar10Download.OFFICIAL_MD5), e.getMessage());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void archiveMissingAFileUnpacksNothing(@TempDir Path dir) throws Exception {
        Path tgz = archive(dir, fullLayout(dir).subList(0, 3));
        Path out = dir.resolve("out");
        IOException e = assertThrows(IOException.class,
                () -> Cifar10Download.download(tgz.toUri(), md5(tgz), out, n -> { }));
        assertTrue(e.getMessage().contains("the archive lacks"), e.getMessage());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count());
        }
    }
}
