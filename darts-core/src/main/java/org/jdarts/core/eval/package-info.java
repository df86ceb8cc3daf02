/**
 * Evaluation networks built from genotypes: cells, the auxiliary head, drop-path, parameter and multiply-add counts.
 */
package org.jdarts.core.eval;
