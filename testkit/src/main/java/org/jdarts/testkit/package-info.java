/**
 * Test kits for plug-in authors, one per plug-in kind: {@link org.jdarts.testkit.OperationTestKit},
 * {@link org.jdarts.testkit.SearchMethodTestKit} and {@link org.jdarts.testkit.DataSourceTestKit}
 * check a plug-in the way jdarts will use it and throw one {@link java.lang.AssertionError} listing
 * every problem, so they work with any test framework. This artifact brings the PyTorch engine the
 * kits run on: a plug-in's tests need it and a test framework, nothing else.
 */
package org.jdarts.testkit;
