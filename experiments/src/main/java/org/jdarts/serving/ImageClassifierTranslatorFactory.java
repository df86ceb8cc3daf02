package org.jdarts.serving;

import ai.djl.Model;
import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.ArgumentsUtil;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorFactory;
import ai.djl.util.Pair;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jdarts.imagefolder.ImagePixels;

/**
 * Makes {@link ImageClassifierTranslator}s for a jdarts model directory: from a DJL {@link Image}
 * or an image file's {@link Path} to {@link Classifications}. Named as {@code translatorFactory}
 * in the directory's {@code serving.properties}; with DJL 0.35 a {@code Criteria} uses it when it
 * is given with {@code optTranslatorFactory} or {@code optArgument("translatorFactory", NAME)}
 * (otherwise DJL's own image classification translator, configured by the same file, classifies
 * images already at the model's size identically and resizes others its own way). Argument
 * {@code topK}: classes shown (5).
 */
public final class ImageClassifierTranslatorFactory implements TranslatorFactory {

    private static final Set<Pair<Type, Type>> SUPPORTED = Set.of(
            new Pair<>(Image.class, Classifications.class), new Pair<>(Path.class, Classifications.class));

    @Override
    public Set<Pair<Type, Type>> getSupportedTypes() {
        return SUPPORTED;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <I, O> Translator<I, O> newInstance(Class<I> input, Class<O> output, Model model,
            Map<String, ?> arguments) throws TranslateException {
        if (!isSupported(input, output)) {
            throw new IllegalArgumentException("jdarts models classify Image or Path inputs into Classifications, not "
                    + input.getSimpleName() + " into " + output.getSimpleName());
        }
        ModelCard card;
        try {
            card = ModelDirectory.open(model.getModelPath()).card();
        } catch (IOException e) {
            throw new TranslateException(e.getMessage(), e);
        }
        int topK = ArgumentsUtil.intValue(arguments, "topK", 5);
        if (input == Path.class) {
            return (Translator<I, O>) new ImageClassifierTranslator<Path>(card.input(),
                    (file, shape, ctx) -> ImagePixels.read(file, shape), topK);
        }
        return (Translator<I, O>) forImages(card.input(), topK);
    }

    /**
     * Returns the translator of DJL images for a model's input.
     *
     * @param input the model's input description
     * @param topK classes shown
     * @return the translator
     */
    public static Translator<Image, Classifications> forImages(ModelCard.Input input, int topK) {
        return new ImageClassifierTranslator<Image>(input,
                (image, shape, ctx) -> ImagePixels.of(toBufferedImage(image, ctx.getNDManager()), shape), topK);
    }

    /** Returns the image's own {@link BufferedImage}, or one made from its RGB pixels. */
    private static BufferedImage toBufferedImage(Image image, NDManager manager) {
        if (image.getWrappedImage() instanceof BufferedImage b) {
            return b;
        }
        try (NDArray hwc = image.toNDArray(manager, Image.Flag.COLOR)) {
            Shape s = hwc.getShape();
            int h = (int) s.get(0);
            int w = (int) s.get(1);
            byte[] rgb = hwc.toType(DataType.UINT8, false).toByteArray();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0, i = 0; y < h; y++) {
                for (int x = 0; x < w; x++, i += 3) {
                    out.setRGB(x, y, (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | (rgb[i + 2] & 0xFF));
                }
            }
            return out;
        }
    }
}
