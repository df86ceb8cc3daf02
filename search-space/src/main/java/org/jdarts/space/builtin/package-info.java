/**
 * The built-in operations: the DARTS reference's eight and the MobileNeXt inverted-residual and sandglass blocks.
 */
package org.jdarts.space.builtin;
