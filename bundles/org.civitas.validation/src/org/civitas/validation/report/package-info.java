/**
 * Validation results as governance boards and CI servers read them: a
 * {@link org.civitas.validation.report.ValidationReport} written in any
 * {@link org.civitas.validation.report.ReportFormat} (text, HTML, JSON, JUnit XML, SARIF),
 * streaming, each finding with the file and path of its element
 * ({@link org.civitas.validation.report.ElementLocation}).
 */
package org.civitas.validation.report;
