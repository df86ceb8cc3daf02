/**
 * The operation plugin API: {@link org.jdarts.space.op.Operation}, its {@link org.jdarts.space.op.OperationProvider}
 * service interface and the {@link org.jdarts.space.op.OperationRegistry}.
 */
package org.jdarts.space.op;
