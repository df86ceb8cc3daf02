package org.jdarts.examples.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10Reader;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.imagefolder.testing.ImageFolderSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a tiny training on the sample data and {@code jdarts export}, the application classifies
 * the sample's test images (as PNG files in class folders) with the accuracy {@code jdarts eval}
 * reports.
 */
class PredictAppIT {

    private static final Pattern EVAL_ACCURACY = Pattern.compile("test accuracy (\\d+\\.\\d\\d)%");

    @TempDir
    Path dir;

    @Test
    void theApplicationClassifiesTheTestImagesWithEvalsAccuracy() throws Exception {
        Path home = Path.of(System.getProperty("jdarts.home")).toAbsolutePath().normalize();
        Path sample = SampleData.sampleDir();
        Path train = dir.resolve("train");
        jdarts(home, "train", "--genotype", "DARTS_V2", "--channels", "4", "--layers", "3", "--epochs", "1",
                "--batch-size", "50", "--data", sample.toString(), "--allow-partial", "--out", train.toString(),
                "--no-report");
        Matcher eval = EVAL_ACCURACY.matcher(jdarts(home, "eval", "--run", train.toString()));
        assertTrue(eval.find());
        Path model = dir.resolve("model");
        jdarts(home, "export", "--run", train.toString(), "--out", model.toString());

        Path pngs = dir.resolve("test");
        ImageFolderSample.writePngs(Cifar10Reader.read(sample, true).test(), Cifar10.CLASS_NAMES, pngs);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dai.djl.offline=true", "-cp", appClassPath(), PredictApp.class.getName(),
                model.toString()));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(pngs)) {
            files = walk.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        files.forEach(f -> command.add(f.toString()));
        List<String> lines = run(command).lines().toList();
        assertEquals(files.size(), lines.size());
        int correct = 0;
        for (String line : lines) {
            String[] parts = line.split(" ");
            String folder = Path.of(parts[0]).getParent().getFileName().toString();
            correct += folder.equals(parts[1]) ? 1 : 0;
        }
        String accuracy = String.format(Locale.ROOT, "%.2f", 100.0 * correct / files.size());
        System.out.println("PredictApp: " + lines.get(0) + " ... accuracy " + accuracy + "%; jdarts eval: "
                + eval.group(1) + "%");
        assertEquals(eval.group(1), accuracy);
    }

    private static String appClassPath() {
        Path target = Path.of(System.getProperty("predict.app.dir"));
        return target.resolve("predict-app.jar") + ":" + target.resolve("lib") + "/*";
    }

    private static String jdarts(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("jdarts").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("JDARTS_DATA");
            pb.environment().remove("JDARTS_PLUGINS");
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish");
            }
            assertEquals(0, p.exitValue(), command.get(command.size() > 2 ? 2 : 0) + ": " + Files.readString(err));
            return Files.readString(out);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
