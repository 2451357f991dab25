/**
 * The board pack of a portfolio. {@link org.civitas.portfolio.report.BoardPack} makes it, as the
 * command line and the workbench do, from the report sections installed: the cover, services,
 * money, risks, performance, maturity, governance, roadmap, innovation and validation, each a
 * public section class. A plug-in adds a section of its own through the
 * {@code org.civitas.report.sections} extension point (see
 * {@link org.civitas.report.ReportSection}).
 */
package org.civitas.portfolio.report;
