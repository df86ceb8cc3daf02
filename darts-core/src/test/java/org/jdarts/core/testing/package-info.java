/** Fixtures shared by darts-core's tests. */
package org.jdarts.core.testing;
