package org.jdarts.reports;

/**
 * The size of a derived network.
 *
 * @param channels initial channels C
 * @param layers cells L
 * @param parameters trainable parameters, auxiliary head excluded
 * @param multiplyAdds multiply-adds per image of the run's input size
 */
public record NetworkCost(int channels, int layers, long parameters, long multiplyAdds) {}
