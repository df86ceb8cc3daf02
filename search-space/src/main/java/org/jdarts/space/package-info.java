/**
 * Search spaces: ordered lists of candidate operations, built in or read from JSON.
 */
package org.jdarts.space;
