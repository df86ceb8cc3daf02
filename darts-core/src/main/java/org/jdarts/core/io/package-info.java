/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). File writing
 * that never leaves half a file behind, and the JSON mapper of jdarts' run files.
 */
package org.jdarts.core.io;
