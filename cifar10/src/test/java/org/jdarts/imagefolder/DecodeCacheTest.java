package org.jdarts.imagefolder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.jdarts.data.DataFormatException;
import org.jdarts.imagefolder.testing.ImageFolderSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCacheTest {

    @TempDir
    Path tmp;

    private FolderScan.Decoded scan(Path dir, Path cache, int side, boolean skip, int[] decodedAndCached)
            throws IOException {
        FolderScan scan = new FolderScan(dir, skip, new ImageDecoder(side), new DecodeCache(cache));
        FolderScan.Decoded decoded = scan.decode(FolderScan.classes(dir));
        decodedAndCached[0] = scan.decoded();
        decodedAndCached[1] = scan.fromCache();
        return decoded;
    }

    private static void assertSame(FolderScan.Decoded a, FolderScan.Decoded b) {
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(a.gray(), b.gray());
        assertEquals(a.rgb().size(), b.rgb().size());
        for (int i = 0; i < a.rgb().size(); i++) {
            assertArrayEquals(a.rgb().get(i), b.rgb().get(i), "image " + i);
        }
    }

    @Test
    void aSecondReadComesFromTheCacheWithTheSamePixels() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("data"), 3, 20);
        ImageFolderSample.write(dir.resolve("class1/photo.jpg"), "jpg", BufferedImage.TYPE_INT_RGB, 50, 30,
                Color.ORANGE);
        Path cache = tmp.resolve("cache");
        int[] counts = new int[2];
        FolderScan.Decoded first = scan(dir, cache, 12, false, counts);
        assertArrayEquals(new int[] {13, 0}, counts, "decoded, from cache");
        FolderScan.Decoded second = scan(dir, cache, 12, false, counts);
        assertArrayEquals(new int[] {0, 13}, counts);
        assertSame(first, second);
        FolderScan.Decoded uncached = new FolderScan(dir, false, new ImageDecoder(12), null)
                .decode(FolderScan.classes(dir));
        assertSame(uncached, second);
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(List.of(".decoded", ".sums"), entries.map(p -> p.toString().substring(p.toString()
                    .lastIndexOf('.'))).sorted().toList(), "one entry and the checksums, no temporary file left");
        }
    }

    @Test
    void aChangedFileOrSizeDecodesAgain() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("data"), 2, 16);
        Path cache = tmp.resolve("cache");
        int[] counts = new int[2];
        scan(dir, cache, 8, false, counts);
        scan(dir, cache, 10, false, counts);
        assertArrayEquals(new int[] {8, 0}, counts, "another size is another entry");
        ImageFolderSample.write(dir.resolve("class0/img0.png"), "png", BufferedImage.TYPE_INT_RGB, 16, 16, Color.BLUE);
        FolderScan.Decoded changed = scan(dir, cache, 8, false, counts);
        assertArrayEquals(new int[] {8, 0}, counts, "same names, new content");
        assertEquals(0xFF, changed.rgb().get(0)[63] & 0xFF, "the new blue pixels, not the cached red ones");
    }

    @Test
    void filesUnchangedSinceTheirChecksumsWereRememberedAreNotHashedAgain() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("data"), 2, 16);
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Files.setLastModifiedTime(f, hourAgo);
        }
        Path cache = tmp.resolve("cache");
        FolderScan first = new FolderScan(dir, false, new ImageDecoder(8), new DecodeCache(cache));
        first.decode(FolderScan.classes(dir));
        assertEquals(8, first.hashed());
        FolderScan second = new FolderScan(dir, false, new ImageDecoder(8), new DecodeCache(cache));
        second.decode(FolderScan.classes(dir));
        assertEquals(0, second.hashed(), "paths, sizes and times unchanged");
        assertEquals(8, second.fromCache());
        assertEquals(first.checksums(), second.checksums(), "the remembered checksums are the files'");
        Path changed = dir.resolve("class0/img0.png");
        ImageFolderSample.write(changed, "png", BufferedImage.TYPE_INT_RGB, 16, 16, Color.BLUE);
        FolderScan third = new FolderScan(dir, false, new ImageDecoder(8), new DecodeCache(cache));
        FolderScan.Decoded decoded = third.decode(FolderScan.classes(dir));
        assertEquals(8, third.hashed(), "a modified file makes every file be hashed");
        assertEquals(8, third.decoded());
        assertEquals(0xFF, decoded.rgb().get(0)[63] & 0xFF, "its new pixels");
        FolderScan fourth = new FolderScan(dir, false, new ImageDecoder(8), new DecodeCache(cache));
        fourth.decode(FolderScan.classes(dir));
        assertEquals(8, fourth.hashed(), "a file modified just before its checksum was remembered is hashed again");
        assertEquals(8, fourth.fromCache());
    }

    @Test
    void aDamagedEntryIsDecodedAgainAndRewritten() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("data"), 2, 16);
        Path cache = tmp.resolve("cache");
        int[] counts = new int[2];
        FolderScan.Decoded first = scan(dir, cache, 8, false, counts);
        Path entry;
        try (Stream<Path> entries = Files.list(cache)) {
            entry = entries.filter(p -> p.toString().endsWith(".decoded")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        FolderScan.Decoded again = scan(dir, cache, 8, false, counts);
        assertArrayEquals(new int[] {8, 0}, counts);
        assertSame(first, again);
        assertEquals(bytes.length, Files.size(entry), "rewritten whole");
        scan(dir, cache, 8, false, counts);
        assertArrayEquals(new int[] {0, 8}, counts);
    }

    @Test
    void anUnreadableImageIsRememberedAndStillRefusedOrSkipped() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("data"), 2, 16);
        Path fake = dir.resolve("class2/fake.png");
        Files.writeString(fake, "no image");
        Path cache = tmp.resolve("cache");
        String first = assertThrows(DataFormatException.class, () -> scan(dir, cache, 8, false, new int[2]))
                .getMessage();
        String again = assertThrows(DataFormatException.class, () -> scan(dir, cache, 8, false, new int[2]))
                .getMessage();
        assertEquals(first, again);
        assertTrue(first.startsWith(fake + ": "), first);
        int[] counts = new int[2];
        FolderScan.Decoded skipped = scan(dir, cache, 8, true, counts);
        assertArrayEquals(new int[] {0, 9}, counts, "the refusal left the entry");
        assertEquals(8, skipped.rgb().size());
    }

    @Test
    void anUnwritableCacheIsANoteNotAnError() throws IOException {
        Path dir = ImageFolderSample.classes(tmp.resolve("data"), 2, 16);
        Path blocker = Files.writeString(tmp.resolve("file"), "a file where the cache folder should be");
        FolderScan scan = new FolderScan(dir, false, new ImageDecoder(8), new DecodeCache(blocker.resolve("sub")));
        assertEquals(8, scan.decode(FolderScan.classes(dir)).rgb().size());
        List<String> notes = scan.notes();
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("could not write the decode cache in " + blocker.resolve("sub")), notes.get(0));
        assertFalse(Files.exists(blocker.resolve("sub")));
    }
}
