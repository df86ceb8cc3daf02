/** Folders of image files (PNG, JPEG, BMP, GIF), one subfolder per class: the {@code imagefolder} data source. */
package org.jdarts.imagefolder;
