package org.civitas.validation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * What a validation run found.
 *
 * @param findings every finding, in model order
 * @param elementsChecked how many elements were checked
 * @param duration how long the run took
 */
public record ValidationResult(List<Finding> findings, int elementsChecked, Duration duration) {

	public ValidationResult {
		findings = List.copyOf(findings);
	}

	/** How many findings have this severity. */
	public long count(Severity severity) {
		return findings.stream().filter(finding -> finding.severity() == severity).count();
	}

	/** The most serious severity found, if anything was found. */
	public Optional<Severity> highestSeverity() {
		return findings.stream().map(Finding::severity).min(Enum::compareTo);
	}

	/** The findings about one element. */
	public List<Finding> findingsFor(EObject element) {
		return findings.stream().filter(finding -> finding.element() == element).toList();
	}
}
