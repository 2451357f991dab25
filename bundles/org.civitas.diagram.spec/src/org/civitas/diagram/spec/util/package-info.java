/**
 * The switch and adapter factory EMF generates for the viewpoint specification metamodel.
 */
package org.civitas.diagram.spec.util;
