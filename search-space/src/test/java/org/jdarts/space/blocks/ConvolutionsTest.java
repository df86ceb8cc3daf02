package org.jdarts.space.blocks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of convolution the built-in operations run gives, in both layouts, the output, input
 * gradient and weight gradient that float64 gives (libtorch computes float64 convolutions with
 * its own kernels, not oneDNN's). On an AMD EPYC (AVX-512) libtorch 2.7.1 got the input gradient
 * of a channels-last dilated depthwise convolution wrong by up to 100% before
 * {@link Convolutions} routed it channels-first. (The stem's convolution is not among these: its
 * input gradient, which libtorch gets wrong channels-first for 1 or 3 input channels, is never
 * computed, since images take no gradient.)
 */
class ConvolutionsTest {

    private static final double TOLERANCE = 1e-4;

    /** in channels, out channels, kernel, stride, dilation, groups, image size. */
    static List<Arguments> convolutions() {
        List<Arguments> cases = new ArrayList<>();
        for (int c : new int[] {4, 8, 16, 32}) {
            for (int kernel : new int[] {3, 5}) {
                for (int stride : new int[] {1, 2}) {
                    for (int dilation : new int[] {1, 2}) {
                        cases.add(Arguments.of(c, c, kernel, stride, dilation, c, 16)); // depthwise
                        cases.add(Arguments.of(c, 3 * c, kernel, stride, dilation, c, 8)); // channel multiplier 3
                    }
                }
            }
            cases.add(Arguments.of(c, c, 1, 1, 1, 1, 16)); // pointwise
            cases.add(Arguments.of(c, 6 * c, 1, 1, 1, 1, 8)); // expansion
            cases.add(Arguments.of(2 * c, c, 1, 2, 1, 1, 16)); // FactorizedReduce
            cases.add(Arguments.of(3 * c, 3 * c, 1, 1, 1, 3, 8)); // three stacked pointwise copies
            cases.add(Arguments.of(2 * c, 2 * c, 1, 2, 1, 2, 16)); // two stacked FactorizedReduce copies
        }
        return cases;
    }

    /**
     * One-group convolutions with a kernel over 1×1 on channels that do not fill register blocks
     * (plug-in operations; PC-DARTS at one channel per edge): libtorch's own channels-first kernel
     * gets their input gradient wrong on an AVX-512 CPU, so {@link Convolutions} pads the channels.
     */
    static List<Arguments> oneGroupConvolutionsOnPartialBlocks() {
        List<Arguments> cases = new ArrayList<>();
        for (int c : new int[] {1, 2, 4, 8, 12, 24}) {
            for (int kernel : new int[] {3, 5}) {
                cases.add(Arguments.of(c, c, kernel, 1, 1, 1, 16));
                cases.add(Arguments.of(c, 2 * c, kernel, 1, 1, 1, 8));
            }
            cases.add(Arguments.of(c, c, 3, 2, 1, 1, 16));
            cases.add(Arguments.of(c, c, 3, 1, 2, 1, 16));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}->{1} k{2} s{3} d{4} g{5} at {6}x{6}")
    @MethodSource("oneGroupConvolutionsOnPartialBlocks")
    void oneGroupConvolutionsOnPartialBlocksGiveTheFloat64ValuesAndGradientsChannelsFirst(int in, int out, int kernel,
            int stride, int dilation, int groups, int size) {
        check(in, out, kernel, stride, dilation, groups, size, MemoryLayout.CHANNELS_FIRST);
    }

    @ParameterizedTest(name = "{0}->{1} k{2} s{3} d{4} g{5} at {6}x{6}")
    @MethodSource("convolutions")
    void bothLayoutsGiveTheFloat64ValuesAndGradients(int in, int out, int kernel, int stride, int dilation,
            int groups, int size) {
        check(in, out, kernel, stride, dilation, groups, size, MemoryLayout.CHANNELS_FIRST, MemoryLayout.CHANNELS_LAST);
    }

    private static void check(int in, int out, int kernel, int stride, int dilation, int groups, int size,
            MemoryLayout... layouts) {
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(11);
            NDArray x = m.randomNormal(new Shape(4, in, size, size));
            NDArray w = m.randomNormal(new Shape(out, in / groups, kernel, kernel));
            int padding = dilation * (kernel - 1) / 2;
            NDArray[] truth = null;
            List<MemoryLayout> all = new ArrayList<>();
            all.add(null); // float64, the truth
            all.addAll(List.of(layouts));
            for (MemoryLayout layout : all) {
                NDArray[] r = layout == null
                        ? run(m, x.toType(DataType.FLOAT64, false), w.toType(DataType.FLOAT64, false),
                                MemoryLayout.CHANNELS_FIRST, stride, padding, dilation, groups)
                        : run(m, layout.arrange(x), w, layout, stride, padding, dilation, groups);
                if (truth == null) {
                    truth = r;
                    continue;
                }
                String[] what = {"output", "input gradient", "weight gradient"};
                for (int i = 0; i < what.length; i++) {
                    double scale = truth[i].abs().max().getDouble();
                    double diff = r[i].toType(DataType.FLOAT64, false).sub(truth[i]).abs().max().getDouble();
                    assertTrue(diff <= TOLERANCE * scale, layout + " " + what[i] + ": max |difference| " + diff
                            + " of max " + scale);
                }
            }
        }
    }

    /** Output, input gradient and weight gradient of sum(y · g) for a fixed g = cos(index). */
    private static NDArray[] run(NDManager m, NDArray x0, NDArray w0, MemoryLayout layout, int stride, int padding,
            int dilation, int groups) {
        NDArray x = x0.duplicate();
        NDArray w = w0.duplicate();
        x.setRequiresGradient(true);
        w.setRequiresGradient(true);
        NDArray y;
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            y = Convolutions.conv2d(x, layout, w, null, new Shape(stride, stride), new Shape(padding, padding),
                    new Shape(dilation, dilation), groups);
            NDArray g = m.arange(0, (int) y.size(), 1, y.getDataType()).cos().reshape(y.getShape());
            gc.backward(y.mul(g).sum());
        }
        return new NDArray[] {y.duplicate(), x.getGradient().duplicate(), w.getGradient().duplicate()};
    }
}
