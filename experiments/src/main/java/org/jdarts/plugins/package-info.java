/**
 * The data-source registry ({@link org.jdarts.plugins.DataSources}): which source reads a
 * {@code --data} folder. Operations and search methods have theirs beside their interfaces; all
 * three are {@link org.jdarts.space.plugin.PluginRegistry PluginRegistries}, discovered, checked
 * and traced alike.
 */
package org.jdarts.plugins;
