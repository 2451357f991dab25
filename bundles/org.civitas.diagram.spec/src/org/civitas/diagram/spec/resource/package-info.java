/**
 * Reading and writing {@code .viewpoint} files, the specifications toolsmiths write by hand.
 */
package org.civitas.diagram.spec.resource;
