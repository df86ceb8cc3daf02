package org.jdarts.serving;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the network of a jdarts model directory for DJL: named as {@code blockFactory} in the
 * directory's {@code serving.properties}, so that {@code Criteria} with {@code optModelPath(dir)}
 * loads the model with nothing but jdarts' jars on the class path (and the jars of any operation
 * plug-in the genotype uses).
 */
public final class JdartsBlockFactory implements BlockFactory {

    private static final long serialVersionUID = 1L;

    @Override
    public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments) throws IOException {
        ModelDirectory dir = ModelDirectory.open(modelPath);
        Block block = dir.card().newBlock(dir.genotype());
        // shapes and layouts are set up as for training; the loaded parameters then replace the initial ones
        block.initialize(model.getNDManager(), DataType.FLOAT32, dir.card().input().batch(1));
        return block;
    }
}
