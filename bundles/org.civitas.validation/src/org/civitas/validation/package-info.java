/**
 * The validation engine, for any EMF model. A {@link org.civitas.validation.Rule} says what it
 * checks, why, how serious a violation is and which strategies it serves; its
 * {@link org.civitas.validation.RuleCheck} reports {@link org.civitas.validation.Finding}s and its
 * {@link org.civitas.validation.RuleFix}es repair them as commands. Rules come from the
 * {@code org.civitas.validation.rules} extension point or from Java, into a
 * {@link org.civitas.validation.RuleRegistry}; the {@link org.civitas.validation.ModelValidator}
 * runs them under a {@link org.civitas.validation.ValidationProfile} into a
 * {@link org.civitas.validation.ValidationResult}, and the
 * {@link org.civitas.validation.IncrementalValidator} keeps the findings of an edited model
 * current.
 */
package org.civitas.validation;
