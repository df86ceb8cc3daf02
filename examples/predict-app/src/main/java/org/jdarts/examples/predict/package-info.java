/** An application that classifies images with a model jdarts exported, through DJL's {@code Criteria} alone. */
package org.jdarts.examples.predict;
