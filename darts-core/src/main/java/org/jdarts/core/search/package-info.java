/**
 * The search: bilevel optimisation steps, epochs, checkpoints and benchmarks.
 */
package org.jdarts.core.search;
