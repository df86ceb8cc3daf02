/**
 * Plug-in discovery shared by every plug-in kind (operations, search methods, data sources):
 * {@link org.jdarts.space.plugin.PluginRegistry} finds implementations with
 * {@link java.util.ServiceLoader}, refuses two of one name naming both origins, and records where
 * each came from ({@link org.jdarts.space.plugin.PluginOrigin}: built in, or a jar with its SHA-256)
 * for provenance.
 */
package org.jdarts.space.plugin;
