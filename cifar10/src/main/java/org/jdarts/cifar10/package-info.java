/**
 * CIFAR-10: the binary-layout reader, download, augmentation, the search split and DJL datasets.
 */
package org.jdarts.cifar10;
