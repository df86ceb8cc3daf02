package org.jdarts.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.inference.Predictor;
import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.ParameterStore;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageSet;
import org.jdarts.data.Normalization;
import org.jdarts.experiments.RunDirectoryException;
import org.jdarts.experiments.Runs;
import org.jdarts.experiments.TrainedRun;
import org.jdarts.experiments.testing.FolderSnapshot;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny training exported as a DJL model directory: DJL's {@code Criteria} loads it, its logits
 * are the training's evaluation logits, and it is refused when it should be.
 */
class ModelExportTest {

    /** Test images compared (the sample's first ones). */
    private static final int IMAGES = 40;

    @TempDir
    static Path dir;

    private static Path model;
    private static TrainedRun run;
    private static ImageData images;

    @BeforeAll
    static void trainAndExport() throws Exception {
        run = TinyRuns.finishedTraining(dir.resolve("train"));
        images = run.readImages(null, null, false);
        model = dir.resolve("model");
        ModelExporter.export(run, images, model, Device.cpu());
    }

    @Test
    void theDirectoryHoldsWhatDjlAndAReaderNeed() throws Exception {
        for (String name : List.of(ModelDirectory.PARAMETERS, ModelDirectory.CARD, ModelDirectory.SYNSET,
                ModelDirectory.SERVING, RunDirectory.GENOTYPE, RunDirectory.PROVENANCE)) {
            assertTrue(Files.isRegularFile(model.resolve(name)), name);
        }
        ModelCard card = ModelDirectory.open(model).card();
        assertEquals(images.classNames(), Files.readAllLines(model.resolve(ModelDirectory.SYNSET)));
        assertEquals(images.classNames(), card.input().classNames());
        assertArrayEquals(images.normalization().mean(), card.input().mean());
        assertEquals(1, card.origin().epochs());
        assertTrue(Files.readString(model.resolve(ModelDirectory.SERVING))
                .contains("blockFactory=" + JdartsBlockFactory.class.getName()));
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(), entries.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no temporary directory is left");
        }
    }

    @Test
    void theExportedLogitsAreTheTrainingRunsEvaluationLogits() throws Exception {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            NDArray expected = trainedLogits(manager);
            try (ZooModel<NDList, NDList> zoo = Criteria.builder().setTypes(NDList.class, NDList.class)
                    .optModelPath(model).build().loadModel();
                    Predictor<NDList, NDList> predictor = zoo.newPredictor()) {
                NDArray logits = predictor.predict(new NDList(unitPixels(manager))).head();
                float diff = logits.sub(expected).abs().max().getFloat();
                assertTrue(diff <= 1e-5f, "largest difference " + diff);
            }
        }
    }

    @Test
    void djlsOwnTranslatorAndJdartsTranslatorClassifyImagesAsTraining() throws Exception {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            float[] probabilities = trainedLogits(manager).softmax(1).toFloatArray();
            int classes = images.classes();
            List<Image> pictures = new ArrayList<>();
            for (int i = 0; i < IMAGES; i++) {
                pictures.add(ImageFactory.getInstance().fromImage(picture(images.test(), i)));
            }
            Criteria.Builder<Image, Classifications> plain = Criteria.builder()
                    .setTypes(Image.class, Classifications.class).optModelPath(model);
            Criteria<Image, Classifications> jdarts = Criteria.builder().setTypes(Image.class, Classifications.class)
                    .optModelPath(model).optArgument("translatorFactory",
                            ImageClassifierTranslatorFactory.class.getName()).build();
            for (Criteria<Image, Classifications> criteria : List.of(plain.build(), jdarts)) {
                try (ZooModel<Image, Classifications> zoo = criteria.loadModel();
                        Predictor<Image, Classifications> predictor = zoo.newPredictor()) {
                    List<Classifications> results = predictor.batchPredict(pictures);
                    for (int i = 0; i < IMAGES; i++) {
                        for (int c = 0; c < classes; c++) {
                            String name = images.classNames().get(c);
                            double p = results.get(i).get(name).getProbability();
                            assertEquals(probabilities[i * classes + c], p, 1e-5, "image " + i + " class " + name);
                        }
                    }
                }
            }
        }
    }

    @Test
    void exportingWhatWasLoadedGivesTheSameParameterBytes() throws Exception {
        Path again = dir.resolve("again");
        try (ZooModel<NDList, NDList> zoo = Criteria.builder().setTypes(NDList.class, NDList.class)
                .optModelPath(model).build().loadModel()) {
            Files.createDirectories(again);
            ModelExporter.saveParameters(zoo.getBlock(), again, Device.cpu());
        }
        assertArrayEquals(Files.readAllBytes(model.resolve(ModelDirectory.PARAMETERS)),
                Files.readAllBytes(again.resolve(ModelDirectory.PARAMETERS)));
    }

    @Test
    void aSearchRunAnUnfinishedTrainingAndADamagedCheckpointAreRefused() throws Exception {
        Path search = dir.resolve("search");
        Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(search), TinyRuns.QUIET_SEARCH);
        RunDirectoryException notTrained = assertThrows(RunDirectoryException.class,
                () -> TrainedRun.open(search, "export needs a trained network"));
        assertTrue(notTrained.getMessage().contains("a search run directory; export needs a trained network"));

        Path halfway = dir.resolve("halfway");
        Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(halfway).stoppingAfter(1), TinyRuns.QUIET_TRAINING);
        Path out = dir.resolve("halfway-model");
        IllegalArgumentException unfinished = assertThrows(IllegalArgumentException.class,
                () -> ModelExporter.export(TrainedRun.open(halfway, "x"), images, out, Device.cpu()));
        assertTrue(unfinished.getMessage().contains("unfinished training (1 of 2 epochs)"), unfinished.getMessage());
        assertFalse(Files.exists(out));

        Path damaged = dir.resolve("damaged");
        Runs.TRAINING.start(TinyRuns.training(1), TinyRuns.at(damaged), TinyRuns.QUIET_TRAINING);
        Path checkpoint = damaged.resolve(RunDirectory.CHECKPOINT);
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length - 100] ^= 1;
        Files.write(checkpoint, bytes);
        assertThrows(CorruptFileException.class,
                () -> ModelExporter.export(TrainedRun.open(damaged, "x"), images, dir.resolve("d-model"), Device.cpu()));
        assertFalse(Files.exists(dir.resolve("d-model")));
    }

    @Test
    void aDirectoryThatIsNotEmptyIsLeftAsItWas() throws Exception {
        Path taken = dir.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("notes.txt"), "mine");
        var before = FolderSnapshot.of(taken);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelExporter.export(run, images, taken, Device.cpu()));
        assertTrue(e.getMessage().endsWith("exists and is not empty; give a new directory"), e.getMessage());
        assertEquals(before, FolderSnapshot.of(taken));
        IllegalArgumentException notModel = assertThrows(IllegalArgumentException.class,
                () -> ModelDirectory.open(taken));
        assertTrue(notModel.getMessage().contains("not a jdarts model directory"));
    }

    /** The restored training network's logits of the first test images, normalised as training does. */
    private static NDArray trainedLogits(NDManager manager) throws Exception {
        TrainedRun.Restored restored = run.restore(manager, images);
        Normalization n = images.normalization();
        NDArray x = firstTestImages(manager, n::normalize);
        return restored.network().forward(new ParameterStore(manager, false), new NDList(x), false).head();
    }

    /** The first test images with values v/255, as DJL's ToTensor gives them. */
    private static NDArray unitPixels(NDManager manager) {
        return firstTestImages(manager, (c, v) -> v / 255f);
    }

    /** A pixel byte's value in an input array. */
    private interface PixelValue {
        float of(int channel, int value);
    }

    private static NDArray firstTestImages(NDManager manager, PixelValue value) {
        ImageSet test = images.test();
        int channels = test.shape().channels();
        int side = test.shape().height();
        float[] values = new float[IMAGES * test.shape().bytes()];
        int k = 0;
        for (int i = 0; i < IMAGES; i++) {
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        values[k++] = value.of(c, test.pixel(i, c, y, x));
                    }
                }
            }
        }
        return manager.create(values, new Shape(IMAGES, channels, side, side));
    }

    private static BufferedImage picture(ImageSet set, int i) {
        int side = set.shape().height();
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, set.pixel(i, 0, y, x) << 16 | set.pixel(i, 1, y, x) << 8 | set.pixel(i, 2, y, x));
            }
        }
        return image;
    }
}
