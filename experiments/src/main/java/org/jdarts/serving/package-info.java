/**
 * A trained network as a DJL model directory: written by {@code jdarts export}, loaded by DJL's
 * {@code Criteria} through {@link org.jdarts.serving.JdartsBlockFactory} (named in its
 * {@code serving.properties}), and used through {@link org.jdarts.serving.ImageClassifierTranslatorFactory},
 * which prepares images exactly as training did.
 */
package org.jdarts.serving;
