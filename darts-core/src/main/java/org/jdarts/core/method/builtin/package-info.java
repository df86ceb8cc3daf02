/** The search methods that ship with jdarts: DARTS, DARTS-, SDARTS-RS, β-DARTS and PC-DARTS. */
package org.jdarts.core.method.builtin;
