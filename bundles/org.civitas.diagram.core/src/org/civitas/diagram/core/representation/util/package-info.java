/**
 * The switch and adapter factory EMF generates for the representation metamodel.
 */
package org.civitas.diagram.core.representation.util;
