/**
 * What a network of a search space costs, edge by edge: exact parameter and multiply-add tables
 * of every candidate operation at every edge of the evaluation network ({@link
 * org.jdarts.core.cost.OperationCosts}), the expected cost of the derived network under softmax(α)
 * as a differentiable term ({@link org.jdarts.core.cost.ExpectedCost}), and the search hooks that
 * add it to the architecture loss of any search method ({@link org.jdarts.core.cost.CostAwareHooks}).
 */
package org.jdarts.core.cost;
