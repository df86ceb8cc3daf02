/**
 * Atomic checkpoints of a network and its optimisers, for resumable runs.
 */
package org.jdarts.core.checkpoint;
