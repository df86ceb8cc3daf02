/**
 * Image data for searches and training, whatever its source: the {@link org.jdarts.data.DataSource}
 * SPI and its registry, images in memory, normalisation, augmentation, the search split and DJL
 * datasets.
 */
package org.jdarts.data;
