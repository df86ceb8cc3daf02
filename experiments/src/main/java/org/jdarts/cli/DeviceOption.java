package org.jdarts.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import picocli.CommandLine.Option;

/** The {@code --device cpu|gpu} option. */
public final class DeviceOption {

    @Option(names = "--device", paramLabel = "cpu|gpu", defaultValue = "cpu",
            description = "Where to compute (default: ${DEFAULT-VALUE}); gpu needs a CUDA build of libtorch (see README).")
    String device;

    /** Returns the requested DJL device, or fails with a usage error when it is not available. */
    public Device resolve() {
        return resolve(device);
    }

    /**
     * Resolves a device name.
     *
     * @param name {@code cpu} or {@code gpu}
     * @return the device
     */
    public static Device resolve(String name) {
        switch (name) {
            case "cpu":
                return Device.cpu();
            case "gpu":
                if (Engine.getInstance().getGpuCount() < 1) {
                    throw new UsageException("--device gpu: no CUDA GPU is visible to libtorch "
                            + Engine.getInstance().getVersion() + " (this build uses the CPU library; see README, GPU)");
                }
                return Device.gpu();
            default:
                throw new UsageException("--device must be cpu or gpu, got '" + name + "'");
        }
    }

    /** Returns the name given. */
    public String name() {
        return device;
    }
}
