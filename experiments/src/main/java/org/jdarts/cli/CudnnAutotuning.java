package org.jdarts.cli;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Turns cuDNN's autotuning ({@code torch.backends.cudnn.benchmark}) on or off for the process.
 * libtorch keeps it as one global flag; it matters on a CUDA device only.
 */
final class CudnnAutotuning {

    private CudnnAutotuning() {
    }

    /**
     * Sets the flag in the loaded libtorch.
     *
     * @param enabled whether cuDNN may time its algorithms and keep the fastest
     */
    static void set(boolean enabled) {
        if ("PyTorch".equals(Engine.getInstance().getEngineName())) {
            JniUtils.setBenchmarkCuDNN(enabled);
        }
    }
}
