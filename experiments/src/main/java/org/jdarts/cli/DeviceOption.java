package org.jdarts.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.Option;

/** The {@code --device cpu|gpu|gpu:N} option. */
public final class DeviceOption {

    @Option(names = "--device", paramLabel = "cpu|gpu[:N]", defaultValue = "cpu",
            description = "Where to compute (default: ${DEFAULT-VALUE}); gpu is CUDA device 0, gpu:N device N; needs a"
                    + " CUDA build of libtorch (see docs/gpu.md).")
    String device;

    @Option(names = "--cudnn-benchmark", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "On a GPU, let cuDNN time its convolution algorithms for the run's fixed shapes and keep the"
                    + " fastest (default: on; faster, not deterministic); --no-cudnn-benchmark turns it off.")
    boolean cudnnBenchmark = true;

    /**
     * Returns the requested DJL device, or fails with a usage error when it is not available. On a
     * GPU it also sets cuDNN's autotuning as {@code --cudnn-benchmark} says.
     */
    public Device resolve() {
        Device resolved = resolve(device);
        if (resolved.isGpu()) {
            CudnnAutotuning.set(cudnnBenchmark);
        }
        return resolved;
    }

    /** Whether cuDNN's autotuning was asked for (the default) or turned off. */
    public boolean cudnnBenchmark() {
        return cudnnBenchmark;
    }

    /**
     * Resolves a device name.
     *
     * @param name {@code cpu}, {@code gpu} (device 0) or {@code gpu:N}
     * @return the device
     * @throws UsageException naming the value, and why the device is not available
     */
    public static Device resolve(String name) {
        return resolve("--device", name);
    }

    /**
     * Resolves a device name given to a flag.
     *
     * @param flag the flag the name was given to, for messages
     * @param name {@code cpu}, {@code gpu} (device 0) or {@code gpu:N}
     * @return the device
     * @throws UsageException naming the flag, the value, and why the device is not available
     */
    public static Device resolve(String flag, String name) {
        if (name.equals("cpu")) {
            return Device.cpu();
        }
        if (!name.matches("gpu(:\\d{1,3})?")) {
            throw new UsageException(flag + " must be cpu, gpu or gpu:N, got '" + name + "'");
        }
        int index = name.equals("gpu") ? 0 : Integer.parseInt(name.substring(4));
        int visible = Engine.getInstance().getGpuCount();
        if (visible < 1) {
            throw new UsageException(flag + " " + name + ": no CUDA GPU is visible to libtorch "
                    + Engine.getInstance().getVersion() + " (" + nativeLibrary() + "; see docs/gpu.md)");
        }
        if (index >= visible) {
            throw new UsageException(flag + " " + name + ": libtorch sees " + visible + " GPU(s), gpu:0 to gpu:"
                    + (visible - 1));
        }
        return Device.gpu(index);
    }

    /**
     * Says which libtorch the class path brings (DJL's {@code native/lib/pytorch.properties}): the
     * CPU build a default build bundles, or a CUDA build that found no usable GPU.
     */
    static String nativeLibrary() {
        List<String> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(DeviceOption.class.getClassLoader().getResources(NATIVE_PROPERTIES))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                String jar = url.getPath().replaceFirst("!/.*$", "").replaceFirst("^.*/", "");
                found.add(p.getProperty("flavor", "?") + " (" + jar + ")");
            }
        } catch (IOException e) {
            return "the bundled libtorch could not be read: " + e.getMessage();
        }
        if (found.isEmpty()) {
            return "no bundled libtorch: DJL uses ~/.djl.ai or PYTORCH_LIBRARY_PATH; a CPU build there, or a driver older"
                    + " than the CUDA runtime";
        }
        String list = String.join(", ", found);
        return found.stream().anyMatch(f -> f.startsWith("cpu ")) ? "the class path holds the CPU build, " + list
                + ": build with mvn -Pgpu package" : "the class path holds " + list + ", but no CUDA device, or a"
                + " driver older than its CUDA runtime";
    }

    private static final String NATIVE_PROPERTIES = "native/lib/pytorch.properties";

    /** Returns the name given. */
    public String name() {
        return device;
    }
}
