package org.civitas.validation.report;

import org.civitas.validation.Finding;

/**
 * A finding with the place of its element, as every report format shows it.
 *
 * @param finding what the engine found
 * @param location where its element is
 */
public record ReportedFinding(Finding finding, ElementLocation location) {
}
