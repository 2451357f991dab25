/**
 * A report as PDF ({@link org.civitas.report.pdf.PdfReport}): the report's HTML laid out by
 * openhtmltopdf on PDFBox, with a bookmark per section and page numbers.
 */
package org.civitas.report.pdf;
