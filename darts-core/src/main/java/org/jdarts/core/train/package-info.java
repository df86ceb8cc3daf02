/**
 * Training evaluation networks: the step with auxiliary loss and drop-path, epochs with test evaluation.
 */
package org.jdarts.core.train;
