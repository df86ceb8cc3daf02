/**
 * Search methods: DARTS and its variants against skip-connection collapse (DARTS-, SDARTS-RS,
 * β-DARTS, PC-DARTS), each a {@link org.jdarts.core.method.SearchMethod} whose
 * {@link org.jdarts.core.method.SearchHooks} change the mixed edge, the architecture loss, the
 * weight step or the epoch loop of the one search loop; more come from plugin jars.
 */
package org.jdarts.core.method;
