package org.civitas.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One violation of a rule by one element.
 *
 * @param rule the rule violated
 * @param severity its severity under the profile in force
 * @param element the element at fault
 * @param feature the feature at fault, or {@code null} for the element as a whole
 * @param message the finding in words, naming the element and the offending values
 */
public record Finding(Rule rule, Severity severity, EObject element, EStructuralFeature feature, String message) {
}
