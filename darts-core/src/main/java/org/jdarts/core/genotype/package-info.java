/**
 * Genotypes: derivation from architecture weights, the Python notation of the DARTS family, JSON files and the
 * published DARTS_V1/V2.
 */
package org.jdarts.core.genotype;
