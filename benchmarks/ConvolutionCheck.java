import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import java.util.Locale;

/**
 * Checks libtorch's float32 convolutions (groups 1, channels-first) against its float64 ones,
 * which follow the definition: output, input gradient and weight gradient of sum(y * cos(index)),
 * as the largest difference relative to the largest float64 value (over 2 runs). Run from the
 * repository after a build:
 *
 *   java -cp "experiments/target/jdarts.jar:experiments/target/lib/*" benchmarks/ConvolutionCheck.java
 *
 * Anything above 1e-4 is a wrong result (float32 rounding stays near 1e-6).
 */
public class ConvolutionCheck {

    private static NDArray[] run(NDArray x0, NDArray w0, int stride, int padH, int padW, DataType type) {
        // duplicate(): toType to the same type returns the array itself, whose gradient would accumulate
        NDArray x = type == x0.getDataType() ? x0.duplicate() : x0.toType(type, true);
        NDArray w = type == w0.getDataType() ? w0.duplicate() : w0.toType(type, true);
        x.setRequiresGradient(true);
        w.setRequiresGradient(true);
        NDArray y;
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            y = Conv2d.conv2d(x, w, null, new Shape(stride, stride), new Shape(padH, padW), new Shape(1, 1), 1)
                    .singletonOrThrow();
            NDArray g = y.getManager().arange(0, (int) y.size(), 1, y.getDataType()).cos().reshape(y.getShape());
            gc.backward(y.mul(g).sum());
        }
        return new NDArray[] {y.toType(DataType.FLOAT64, true), x.getGradient().toType(DataType.FLOAT64, true),
            w.getGradient().toType(DataType.FLOAT64, true)};
    }

    public static void main(String[] args) {
        // batch, in, out, kernel height, kernel width, stride, image side, what uses it
        Object[][] cases = {
            {16, 1, 1, 3, 3, 1, 16, "1 channel, 3x3 (PC-DARTS at 1 channel per edge: a depthwise 3x3 of 1 group)"},
            {16, 4, 1, 3, 3, 1, 16, "4 -> 1, 3x3"},
            {16, 8, 8, 3, 3, 1, 16, "8 -> 8, 3x3"},
            {16, 8, 8, 1, 7, 1, 16, "8 -> 8, 1x7 (the example plug-in at C 8)"},
            {16, 8, 8, 7, 1, 1, 16, "8 -> 8, 7x1 (the example plug-in at C 8)"},
            {16, 16, 16, 3, 3, 1, 16, "16 -> 16, 3x3"},
            {4, 24, 24, 3, 3, 1, 16, "24 -> 24, 3x3, batch 4"},
            {16, 8, 8, 3, 3, 2, 16, "8 -> 8, 3x3, stride 2"},
            {32, 3, 24, 3, 3, 1, 32, "stem at C 8 (its input gradient is never used)"},
            {96, 3, 108, 3, 3, 1, 32, "stem at C 36 (its input gradient is never used)"},
            {96, 128, 768, 2, 2, 1, 2, "auxiliary head's 2x2 convolution"}};
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(1);
            System.out.println("relative difference of float32 from float64: output, input gradient, weight gradient");
            for (Object[] c : cases) {
                int n = (int) c[0], in = (int) c[1], out = (int) c[2], kh = (int) c[3], kw = (int) c[4];
                int stride = (int) c[5], side = (int) c[6];
                NDArray x = m.randomNormal(new Shape(n, in, side, side));
                NDArray w = m.randomNormal(new Shape(out, in, kh, kw));
                NDArray[] truth = run(x, w, stride, kh / 2, kw / 2, DataType.FLOAT64);
                double[] worst = new double[3];
                for (int rep = 0; rep < 2; rep++) {
                    NDArray[] r = run(x, w, stride, kh / 2, kw / 2, DataType.FLOAT32);
                    for (int i = 0; i < 3; i++) {
                        double d = r[i].sub(truth[i]).abs().max().getDouble() / truth[i].abs().max().getDouble();
                        worst[i] = Double.isNaN(d) ? Double.NaN : Math.max(worst[i], d);
                    }
                }
                System.out.printf(Locale.ROOT, "%-70s %9.2g %9.2g %9.2g%s%n", c[7], worst[0], worst[1], worst[2],
                        worst[0] > 1e-4 || worst[1] > 1e-4 || worst[2] > 1e-4 || Double.isNaN(worst[1]) ? "  WRONG" : "");
            }
        }
    }
}
