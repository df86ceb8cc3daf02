/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). The built-in
 * operations: the DARTS reference's eight and the MobileNeXt inverted-residual and sandglass
 * blocks.
 */
package org.jdarts.space.builtin;
