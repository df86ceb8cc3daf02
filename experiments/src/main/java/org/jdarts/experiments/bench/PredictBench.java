package org.jdarts.experiments.bench;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.translate.TranslateException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jdarts.serving.ImageClassifierTranslatorFactory;
import org.jdarts.serving.ModelCard;

/**
 * Times classification as an application does it: DJL images in memory through the jdarts
 * translator (pixels prepared, the network run, probabilities read back), one image at a time and
 * in batches.
 */
public final class PredictBench {

    private PredictBench() {}

    /**
     * The measured times.
     *
     * @param single seconds per one-image prediction, in order
     * @param batched seconds per batch, in order
     * @param batchSize images per batch
     */
    public record Result(List<Double> single, List<Double> batched, int batchSize) {}

    /**
     * Runs the benchmark.
     *
     * @param model a loaded model (its block initialised)
     * @param input the images the model takes
     * @param warmup untimed predictions of each kind first
     * @param runs timed one-image predictions
     * @param batches timed batches
     * @param batchSize images per batch
     * @return the times
     * @throws TranslateException if a prediction fails
     */
    public static Result run(Model model, ModelCard.Input input, int warmup, int runs, int batches, int batchSize)
            throws TranslateException {
        List<Image> images = randomImages(input, batchSize);
        List<Double> single = new ArrayList<>();
        List<Double> batched = new ArrayList<>();
        try (Predictor<Image, Classifications> predictor =
                model.newPredictor(ImageClassifierTranslatorFactory.forImages(input, 1))) {
            for (int i = 0; i < warmup + runs; i++) {
                long start = System.nanoTime();
                predictor.predict(images.get(i % images.size()));
                if (i >= warmup) {
                    single.add((System.nanoTime() - start) / 1e9);
                }
            }
            for (int i = 0; i < warmup + batches; i++) {
                long start = System.nanoTime();
                predictor.batchPredict(images);
                if (i >= warmup) {
                    batched.add((System.nanoTime() - start) / 1e9);
                }
            }
        }
        return new Result(single, batched, batchSize);
    }

    private static List<Image> randomImages(ModelCard.Input input, int n) {
        SplittableRandom random = new SplittableRandom(1);
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BufferedImage image = new BufferedImage(input.width(), input.height(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < input.height(); y++) {
                for (int x = 0; x < input.width(); x++) {
                    image.setRGB(x, y, random.nextInt(1 << 24));
                }
            }
            images.add(ImageFactory.getInstance().fromImage(image));
        }
        return images;
    }
}
