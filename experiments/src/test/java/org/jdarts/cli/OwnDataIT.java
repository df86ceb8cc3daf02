package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.imagefolder.testing.ImageFolderSample;
import org.jdarts.mnist.testing.IdxSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searching, training and testing on data other than CIFAR-10 (Fashion-MNIST's idx layout, a folder
 * of image files) with the built launcher, each command in its own process. (In one JVM with the
 * other tests, these runs were followed by a PC-DARTS search whose first loss was NaN: see the
 * docs/engine-notes.md.)
 */
class OwnDataIT {

    @TempDir
    static Path tmp;

    private static Path fashion;
    private static Cli.Result search;

    private static String[] tiny(String... args) {
        String[] sizes = {"--channels", "2", "--layers", "3", "--epochs", "1", "--batch-size", "8", "--train-images",
            "16", "--val-images", "16", "--eval-images", "16", "--allow-partial", "--no-report"};
        String[] all = Arrays.copyOf(args, args.length + sizes.length);
        System.arraycopy(sizes, 0, all, args.length, sizes.length);
        return all;
    }

    @BeforeAll
    static void searchOnFashionMnistFiles() throws Exception {
        fashion = IdxSample.write(tmp.resolve("fashion-mnist"), 40, 20, true);
        search = Cli.launch(tiny("search", "--data", fashion.toString(), "--out", tmp.resolve("search").toString()));
    }

    @Test
    void aSearchSaysWhichSourceItDetectedAndRecordsIt() throws Exception {
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().startsWith("data: " + fashion + ": detected fashion-mnist ("), search.out());
        String provenance = Files.readString(tmp.resolve("search").resolve(RunDirectory.PROVENANCE));
        assertTrue(provenance.contains("\"dataSource\" : \"fashion-mnist\""), provenance);
        assertFalse(provenance.contains("imageSize"), "idx files are not resized: " + provenance);
        assertTrue(Files.isRegularFile(tmp.resolve("search").resolve(RunDirectory.GENOTYPE)));
    }

    @Test
    void theFoundCellTrainsAndTestsOnTheSameData() throws Exception {
        assertEquals(0, search.exit(), search.err());
        Path train = tmp.resolve("train");
        Cli.Result trained = Cli.launch("train", "--genotype", tmp.resolve("search").toString(), "--data",
                "fashion-mnist:" + fashion, "--allow-partial", "--out", train.toString(), "--channels", "4", "--layers",
                "3", "--epochs", "1", "--batch-size", "8", "--no-report");
        assertEquals(0, trained.exit(), trained.err());
        assertFalse(trained.out().contains("detected"), "a named source is not detected");
        assertTrue(Files.isRegularFile(train.resolve(RunDirectory.RESULTS)));
        Cli.Result eval = Cli.launch("eval", "--run", train.toString());
        assertEquals(0, eval.exit(), eval.err());
        assertTrue(eval.out().contains("on 20 images"), eval.out());
        assertEquals("", eval.err(), "restoring a checkpoint prints nothing on standard error (libtorch warned once)");
        Cli.Result report = Cli.launch("report", train.toString(), "--format", "md");
        assertEquals(0, report.exit(), report.err());
        String page = Files.readString(train.resolve("report").resolve("report.md"));
        assertTrue(page.contains("fashion-mnist: 1×28×28 images, 10 classes"), page);
        assertTrue(page.contains("T-shirt/top, Trouser, Pullover"), "class names: " + page);
        assertTrue(page.contains("multiply-adds per 1×28×28 image"), page);
        Path checkpoint = train.resolve(RunDirectory.CHECKPOINT);
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length / 2] ^= 1;
        Files.write(checkpoint, bytes);
        Cli.Result late = Cli.launch("eval", "--run", train.toString());
        assertEquals(2, late.exit(), late.err());
        assertEquals("jdarts eval: " + checkpoint + ": checksum mismatch: the checkpoint is damaged or truncated",
                late.err().strip(), "a late failure is one line");
    }

    @Test
    void aFolderOfMixedImageFilesSearchesTrainsAndTests() throws Exception {
        Path images = ImageFolderSample.classes(tmp.resolve("photos"), 6, 40);
        ImageFolderSample.write(images.resolve("class0/snapshot.jpg"), "jpg", BufferedImage.TYPE_INT_RGB, 300, 200,
                ImageFolderSample.COLOURS[0]);
        ImageFolderSample.write(images.resolve("class3/scan.png"), "png", BufferedImage.TYPE_BYTE_GRAY, 50, 60,
                Color.LIGHT_GRAY);
        Path search = tmp.resolve("photo-search");
        Cli.Result found = Cli.launch(tiny("search", "--data", images.toString(), "--image-size", "40", "--out",
                search.toString()));
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().startsWith("data: " + images + ": detected imagefolder ("), found.out());
        String provenance = Files.readString(search.resolve(RunDirectory.PROVENANCE));
        assertTrue(provenance.contains("\"imageSize\" : \"40\""), provenance);
        Path train = tmp.resolve("photo-train");
        Cli.Result trained = Cli.launch("train", "--genotype", search.toString(), "--data", "imagefolder:" + images,
                "--image-size", "40", "--out", train.toString(), "--channels", "4", "--layers", "3", "--epochs", "1",
                "--batch-size", "4", "--no-report");
        assertEquals(0, trained.exit(), trained.err());
        Cli.Result eval = Cli.launch("eval", "--run", train.toString());
        assertEquals(0, eval.exit(), eval.err());
        assertTrue(eval.out().contains("on 4 images"), "one held-out image of each class of 6 or 7: " + eval.out());
        Cli.Result resumed = Cli.launch("train", "--resume", train.toString(), "--image-size", "32");
        assertEquals(2, resumed.exit(), resumed.err());
    }

    @Test
    void imagesTooSmallForTheNetworkAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path small = IdxSample.write(tmp.resolve("small-fashion"), 20, 10, false, 6);
        Path out = tmp.resolve("small-run");
        Cli.Result r = Cli.launch(tiny("search", "--data", small.toString(), "--out", out.toString()));
        assertEquals(2, r.exit(), r.err());
        assertEquals("jdarts search: images of 1×6×6 are too small: the network's two reductions need at least 8×8",
                r.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void dataCheckDescribesAnySource() throws Exception {
        Cli.Result r = Cli.launch("data", "check", "--data", fashion.toString(), "--allow-partial");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("fashion-mnist at " + fashion), r.out());
        assertTrue(r.out().contains("train: 40 images; test: 20 images; 1×28×28; 10 classes"), r.out());
        assertTrue(r.out().contains("Ankle boot"), r.out());
        assertTrue(r.out().contains("normalisation: mean ["), r.out());
    }

    @Test
    void dataSourcesListsTheBuiltInOnes() throws Exception {
        Cli.Result r = Cli.launch("data", "sources");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("cifar10 "), r.out());
        assertTrue(r.out().contains("\nfashion-mnist ") && r.out().contains("\nmnist "), r.out());
    }

    @Test
    void anUnknownSourceIsAUsageError() throws Exception {
        Cli.Result r = Cli.launch(tiny("search", "--data", "imagenet:" + fashion, "--out", tmp.resolve("x").toString()));
        assertEquals(2, r.exit(), r.err());
        assertEquals("jdarts search: --data unknown data source 'imagenet' in 'imagenet:" + fashion
                + "'; registered: cifar10, cifar100, fashion-mnist, mnist, imagefolder", r.err().strip());
    }
}
