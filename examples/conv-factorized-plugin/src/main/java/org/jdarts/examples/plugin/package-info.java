/**
 * An example third-party operation plugin: copy this module to write your own.
 */
package org.jdarts.examples.plugin;
