/**
 * Image data for searches and training, whatever its source: the {@link org.jdarts.data.DataSource}
 * plug-in interface (the registry that discovers the sources is the experiments module's
 * {@code org.jdarts.plugins.DataSources}), images in memory, normalisation, augmentation, the
 * search split and DJL datasets.
 */
package org.jdarts.data;
