/**
 * The portfolio metamodel's edit support beyond what EMF generates: the
 * {@link org.civitas.portfolio.edit.PortfolioEditAdapterFactory} (registered with EMF.Edit, so
 * that labels, icons and property descriptors come through its registry), folders for the
 * portfolio's lists ({@link org.civitas.portfolio.edit.PortfolioFolder}), SVG icons and labels
 * with a key figure ({@link org.civitas.portfolio.edit.PortfolioLabels}).
 */
package org.civitas.portfolio.edit;
