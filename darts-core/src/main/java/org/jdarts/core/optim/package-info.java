/**
 * Optimisers with PyTorch semantics (SGD with momentum, Adam), global-norm clipping and the cosine schedule.
 */
package org.jdarts.core.optim;
