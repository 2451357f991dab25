package org.civitas.validation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * What a validation run found.
 *
 * @param findings every finding, in model order
 * @param elementsChecked how many elements were checked
 * @param duration how long the run took
 * @param coverage which rules ran and which elements they checked
 */
public record ValidationResult(List<Finding> findings, int elementsChecked, Duration duration, RuleCoverage coverage) {

	public ValidationResult {
		findings = List.copyOf(findings);
		Objects.requireNonNull(coverage, "coverage"); //$NON-NLS-1$
	}

	/** A result that does not know which rules ran on which elements, such as one assembled from findings alone. */
	public ValidationResult(List<Finding> findings, int elementsChecked, Duration duration) {
		this(findings, elementsChecked, duration, RuleCoverage.unknown());
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
