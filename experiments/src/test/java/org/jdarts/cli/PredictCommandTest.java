package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.io.Json;
import org.jdarts.data.ImageData;
import org.jdarts.experiments.testing.TinyRuns;
import org.jdarts.imagefolder.testing.ImageFolderSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jdarts export} and {@code jdarts predict} on a tiny training and its test images as PNG files. */
class PredictCommandTest {

    private static final Pattern ACCURACY = Pattern.compile("accuracy (\\d+\\.\\d\\d)%");

    @TempDir
    static Path dir;

    private static Path train;
    private static Path pngs;
    private static int testImages;

    @BeforeAll
    static void trainAndWriteTheTestImages() throws Exception {
        train = dir.resolve("train");
        ImageData images = TinyRuns.finishedTraining(train).readImages(null, null, false);
        pngs = dir.resolve("test-images");
        ImageFolderSample.writePngs(images.test(), images.classNames(), pngs);
        testImages = images.test().size();
    }

    @Test
    void predictOverTheTestImagesGivesEvalsAccuracy() {
        Cli.Result eval = Cli.run("eval", "--run", train.toString());
        assertEquals(0, eval.exit(), eval.err());
        Path model = dir.resolve("model");
        Cli.Result export = Cli.run("export", "--run", train.toString(), "--out", model.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().startsWith("exported " + train), export.out());

        Cli.Result fromModel = Cli.run("predict", "--model", model.toString(), pngs.toString());
        assertEquals(0, fromModel.exit(), fromModel.err());
        List<String> lines = fromModel.out().lines().toList();
        assertEquals(testImages, lines.size());
        assertTrue(lines.get(0).matches(Pattern.quote(pngs.toString()) + "/\\S+\\.png( {2}\\S+ [01]\\.\\d{4}){3}"),
                lines.get(0));
        assertEquals(accuracy(eval.out()), accuracy(fromModel.err()), "eval: " + eval.out() + "predict: "
                + fromModel.err());

        Cli.Result fromRun = Cli.run("predict", "--run", train.toString(), "--top", "2", "--format", "csv",
                pngs.toString());
        assertEquals(0, fromRun.exit(), fromRun.err());
        List<String> rows = fromRun.out().lines().toList();
        assertEquals("file,class_1,probability_1,class_2,probability_2", rows.get(0));
        assertEquals(testImages + 1, rows.size());
        for (int i = 0; i < testImages; i++) {
            String[] text = lines.get(i).split(" {2}");
            String[] csv = rows.get(i + 1).split(",");
            assertEquals(text[0], csv[0]);
            assertEquals(text[1].split(" ")[0], csv[1], "the same best class for " + csv[0]);
        }
        assertEquals(accuracy(eval.out()), accuracy(fromRun.err()));
    }

    @Test
    void jsonLinesNameTheFileAndItsClasses() throws Exception {
        Cli.Result r = Cli.run("predict", "--run", train.toString(), "--top", "1", "--format", "json",
                pngs.resolve("cat").toString());
        assertEquals(0, r.exit(), r.err());
        for (String line : r.out().lines().toList()) {
            JsonNode node = Json.MAPPER.readTree(line);
            assertTrue(node.path("file").asText().contains("/cat/"), line);
            assertEquals(1, node.path("classes").size());
            double p = node.path("classes").get(0).path("probability").asDouble();
            assertTrue(p > 0 && p <= 1, line);
        }
    }

    @Test
    void anUnreadableFileIsSkippedAndNamed() throws Exception {
        Path folder = dir.resolve("mixed/cat");
        Files.createDirectories(folder);
        Files.copy(Files.list(pngs.resolve("cat")).sorted().findFirst().orElseThrow(), folder.resolve("a.png"));
        Files.writeString(folder.resolve("b.png"), "not an image");
        Cli.Result r = Cli.run("predict", "--run", train.toString(), folder.getParent().toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.out().lines().count());
        assertTrue(r.err().contains("jdarts predict: " + folder.resolve("b.png") + ": "), r.err());
        assertTrue(r.err().contains("1 of 2 images could not be read (skipped)"), r.err());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path model = dir.resolve("refusal-model");
        Files.createDirectories(model);
        Files.writeString(model.resolve("notes.txt"), "mine");
        assertUsage(Cli.run("export", "--run", train.toString(), "--out", model.toString()),
                "jdarts export: --out " + model + " exists and is not empty; give a new directory");
        assertUsage(Cli.run("predict", "--model", model.toString(), pngs.toString()),
                "jdarts predict: --model " + model + ": not a jdarts model directory");
        Path exported = dir.resolve("flags-model");
        assertEquals(0, Cli.run("export", "--run", train.toString(), "--out", exported.toString()).exit());
        assertUsage(Cli.run("predict", "--model", exported.toString(), "--image-size", "64", pngs.toString()),
                "jdarts predict: --image-size reads a training run's data; a model directory carries its input size");
        assertUsage(Cli.run("predict", "--run", train.toString(), "--top", "0", pngs.toString()),
                "jdarts predict: --top 0: give at least 1");
        assertUsage(Cli.run("predict", "--run", train.toString(), dir.resolve("nowhere").toString()),
                "jdarts predict: IMAGE " + dir.resolve("nowhere") + ": no such file or folder");
        assertUsage(Cli.run("export", "--run", pngs.toString(), "--out", dir.resolve("m2").toString()),
                "jdarts export: --run " + pngs + ": not a jdarts run directory");
        assertFalse(Files.exists(dir.resolve("m2")));
        assertUsage(Cli.run("predict", "--model", model.toString(), "--run", train.toString(), pngs.toString()),
                "jdarts: Error: --model=DIR, --run=DIR are mutually exclusive");
    }

    private static void assertUsage(Cli.Result r, String start) {
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    private static String accuracy(String text) {
        Matcher m = ACCURACY.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }
}
