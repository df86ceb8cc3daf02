package org.jdarts.serving;

import ai.djl.modality.Classifications;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import org.jdarts.data.ImageShape;

/**
 * Classifies images as a jdarts model was trained: each input becomes the bytes training would have
 * read for its file ({@link org.jdarts.imagefolder.ImagePixels}: squashed to the model's size, RGB
 * or luma), scaled to [0, 1]; the model normalises them itself; its logits become probabilities
 * with the class names of {@code synset.txt}.
 *
 * @param <I> the input type (a DJL {@code Image} or a file {@code Path})
 */
public final class ImageClassifierTranslator<I> implements Translator<I, Classifications> {

    /** Converts one input to the model's pixel bytes, plane after plane. */
    @FunctionalInterface
    public interface PixelSource<I> {
        /**
         * Returns the bytes of one input.
         *
         * @param input the input
         * @param shape the model's image shape
         * @param context the translator context (for arrays it needs)
         * @return {@code shape.bytes()} bytes
         * @throws Exception if the input cannot be read
         */
        byte[] pixels(I input, ImageShape shape, TranslatorContext context) throws Exception;
    }

    private final ModelCard.Input input;
    private final ImageShape shape;
    private final PixelSource<I> source;
    private final int topK;

    /**
     * Creates the translator.
     *
     * @param input the model's input description
     * @param source reads an input's pixels
     * @param topK how many classes {@link Classifications#topK()} and {@code toString} show
     */
    public ImageClassifierTranslator(ModelCard.Input input, PixelSource<I> source, int topK) {
        this.input = input;
        this.shape = new ImageShape(input.channels(), input.height(), input.width());
        this.source = source;
        this.topK = topK;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, I in) throws Exception {
        byte[] bytes = source.pixels(in, shape, ctx);
        float[] values = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = (bytes[i] & 0xFF) / 255f;
        }
        return new NDList(ctx.getNDManager().create(values, new Shape(shape.channels(), shape.height(),
                shape.width())));
    }

    @Override
    public Classifications processOutput(TranslatorContext ctx, NDList list) {
        NDArray probabilities = list.singletonOrThrow().softmax(0);
        return new Classifications(input.classNames(), probabilities, topK);
    }
}
