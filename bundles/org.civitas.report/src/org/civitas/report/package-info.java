/**
 * Reports for people, independent of how they are rendered: a {@link org.civitas.report.Report} is
 * sections of {@link org.civitas.report.Block}s (headings, text, key figures, tables, charts,
 * pictures), each section a {@link org.civitas.report.ReportSection} contributed through the
 * {@code org.civitas.report.sections} extension point that reads a
 * {@link org.civitas.report.ReportInput} and describes what it shows through a
 * {@link org.civitas.report.SectionWriter}. {@link org.civitas.report.ReportSections} finds the
 * sections and makes the report; the {@code html} and {@code pdf} packages render it.
 */
package org.civitas.report;
