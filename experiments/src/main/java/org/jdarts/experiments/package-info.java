/**
 * Experiments: presets, resolved configurations, run directories and their provenance.
 */
package org.jdarts.experiments;
