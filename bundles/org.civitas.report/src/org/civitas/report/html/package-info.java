/**
 * A report as one self-contained HTML file ({@link org.civitas.report.html.HtmlReport}): styles
 * and pictures inside, a table of contents, an anchor per section and element, and print rules.
 */
package org.civitas.report.html;
