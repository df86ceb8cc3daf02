package org.jdarts.reports;

/**
 * The size of a derived network.
 *
 * @param channels initial channels C
 * @param layers cells L
 * @param parameters trainable parameters, auxiliary head excluded
 * @param multiplyAdds multiply-adds per 32×32 image
 */
public record NetworkCost(int channels, int layers, long parameters, long multiplyAdds) {}
