/**
 * The switch and adapter factory EMF generates for the portfolio metamodel.
 */
package org.civitas.portfolio.model.util;
