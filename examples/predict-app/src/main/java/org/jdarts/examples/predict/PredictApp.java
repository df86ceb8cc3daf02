package org.jdarts.examples.predict;

import ai.djl.inference.Predictor;
import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Classifies image files with a model directory that {@code jdarts export} wrote, using DJL alone:
 * the model directory's {@code serving.properties} tells DJL how to build the network and prepare
 * images. Prints one line per image: the file, its most probable class and that probability.
 *
 * <p>Run: {@code java -cp "target/predict-app.jar:target/lib/*" org.jdarts.examples.predict.PredictApp
 * MODEL_DIR IMAGE...}
 */
public final class PredictApp {

    private PredictApp() {}

    /**
     * Classifies the images given.
     *
     * @param args the model directory, then image files
     * @throws Exception if the model cannot be loaded or an image cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PredictApp MODEL_DIR IMAGE...");
            System.exit(2);
        }
        Criteria<Image, Classifications> criteria = Criteria.builder()
                .setTypes(Image.class, Classifications.class)
                .optModelPath(Path.of(args[0]))
                .build();
        try (ZooModel<Image, Classifications> model = criteria.loadModel();
                Predictor<Image, Classifications> predictor = model.newPredictor()) {
            for (int i = 1; i < args.length; i++) {
                Image image = ImageFactory.getInstance().fromFile(Path.of(args[i]));
                Classifications.Classification best = predictor.predict(image).best();
                System.out.printf(Locale.ROOT, "%s %s %.4f%n", args[i], best.getClassName(), best.getProbability());
            }
        }
    }
}
