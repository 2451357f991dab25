/**
 * Charts in reports: a {@link org.civitas.report.chart.ChartSpec} says what a chart shows, and
 * {@link org.civitas.report.chart.ChartPictures} draws it with JFreeChart, as SVG for HTML and PNG
 * for PDF, in the report's style.
 */
package org.civitas.report.chart;
