package org.civitas.validation;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

/**
 * Which rules ran in a validation and which elements each of them checked. Reports need it to
 * show the checks an element passed, not only the findings: a CI dashboard counts a passing
 * test per rule and element.
 *
 * <p>Only the rules and the checked elements are kept; which rule checked which element is
 * worked out when asked, the way the validation decided it (the registry's rules for the
 * element's class; EMF's well-formedness checks for every element). A run over 100,000 elements
 * therefore costs one list of elements, not a pair per rule and element.
 */
public final class RuleCoverage {

	private static final RuleCoverage UNKNOWN = new RuleCoverage(List.of(), List.of(), new RuleRegistry(List.of()));

	private final List<Rule> rules;
	private final List<EObject> elements;
	private final RuleRegistry registry;

	/**
	 * @param rules the rules that ran, in the order reports list them
	 * @param elements the elements checked, in model order
	 * @param registry the registry the rules came from, which says what class each rule checks
	 */
	public RuleCoverage(List<Rule> rules, List<? extends EObject> elements, RuleRegistry registry) {
		this.rules = List.copyOf(rules);
		this.elements = List.copyOf(elements);
		this.registry = registry;
	}

	/** The coverage of a result that does not know it, such as one assembled from findings alone. */
	public static RuleCoverage unknown() {
		return UNKNOWN;
	}

	/** The rules that ran. */
	public List<Rule> rules() {
		return rules;
	}

	/** The elements checked, in model order. */
	public List<EObject> elements() {
		return elements;
	}

	/** The elements {@code rule} checked, in model order; none if the rule did not run. */
	public Stream<EObject> elementsCheckedBy(Rule rule) {
		if (!rules.contains(rule)) {
			return Stream.empty();
		}
		if (rule == ModelValidator.WELL_FORMED) {
			return elements.stream();
		}
		return elements.stream().filter(element -> registry.rulesFor(element.eClass()).contains(rule));
	}
}
