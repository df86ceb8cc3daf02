/** The {@code cifar100} data source: CIFAR-100 in its official binary layout, fine or coarse labels. */
package org.jdarts.cifar100;
