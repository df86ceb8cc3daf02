/** MNIST and Fashion-MNIST: the idx-format data sources. */
package org.jdarts.mnist;
