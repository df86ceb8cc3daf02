/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). The search
 * methods that ship with jdarts: DARTS, DARTS-, SDARTS-RS, β-DARTS and PC-DARTS.
 */
package org.jdarts.core.method.builtin;
