package org.jdarts.core.cost;

import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.supernet.SearchCell;

/**
 * Where an edge's operation runs in an evaluation network: in a normal (0) or reduction (1) cell,
 * at which edge, with how many channels, which stride and which input side. The same edge of every
 * cell of a type is one place per cell.
 *
 * @param cellType 0 normal, 1 reduction
 * @param edge the edge's index in the cell ({@link OperationCosts#edgeIndex})
 * @param channels the operation's channels
 * @param stride 2 for the edges leaving a reduction cell's inputs, else 1
 * @param side the height and width of the operation's input
 */
public record OperationPlace(int cellType, int edge, int channels, int stride, int side) {

    /** Returns what the operation's cost depends on: channels, stride and input side. */
    public String shapeKey() {
        return channels + "|" + stride + "|" + side;
    }

    /**
     * Lists every edge of every cell of a network, in the network's order.
     *
     * @param shape the network's C and L
     * @param imageSide the input images' height and width
     * @return one place per edge per cell
     */
    public static List<OperationPlace> of(NetworkShape shape, int imageSide) {
        List<OperationPlace> places = new ArrayList<>();
        int channels = shape.channels();
        int side = imageSide;
        for (int i = 0; i < shape.layers(); i++) {
            boolean reduction = shape.isReduction(i);
            if (reduction) {
                channels *= 2;
            }
            int out = reduction ? (side + 1) / 2 : side;
            for (int node = 0; node < SearchCell.STEPS; node++) {
                for (int input = 0; input < node + 2; input++) {
                    int stride = reduction && input < 2 ? 2 : 1;
                    places.add(new OperationPlace(reduction ? 1 : 0, OperationCosts.edgeIndex(node, input), channels,
                            stride, input < 2 ? side : out));
                }
            }
            side = out;
        }
        return places;
    }
}
