/** CIFAR-10: the binary-layout reader, its data source and download. */
package org.jdarts.cifar10;
