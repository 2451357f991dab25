package org.civitas.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;

/**
 * The rules as an EMF {@link EValidator}: registered for a package, or handed to a
 * {@link org.eclipse.emf.ecore.util.Diagnostician}, it runs the rules enabled for the
 * element's class and adds a diagnostic per finding. Any EMF tool that validates through
 * EMF's registry therefore sees the rules' findings.
 *
 * <p>A diagnostic of a finding has source {@link #DIAGNOSTIC_SOURCE} and data
 * {@code [element, rule, feature-or-null]}. The validation context may carry a
 * {@link ValidationProfile} under {@code ValidationProfile.class} and a {@link ValidationMode}
 * under {@code ValidationMode.class}; without them, rule defaults and batch mode apply.
 */
public final class RuleValidator implements EValidator {

	/** The source of the diagnostics this validator adds. */
	public static final String DIAGNOSTIC_SOURCE = "org.civitas.validation"; //$NON-NLS-1$

	private final RuleRegistry registry;

	public RuleValidator(RuleRegistry registry) {
		this.registry = registry;
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		ValidationProfile profile = context != null && context.get(ValidationProfile.class) instanceof ValidationProfile given
				? given
				: ValidationProfile.defaults();
		ValidationMode mode = context != null && context.get(ValidationMode.class) instanceof ValidationMode given
				? given
				: ValidationMode.BATCH;
		boolean valid = true;
		for (Rule rule : registry.rulesFor(eClass)) {
			if (profile.runs(rule, mode)) {
				valid &= run(rule, profile.severityOf(rule), eObject, diagnostics);
			}
		}
		return valid;
	}

	/** Runs one rule; a rule that throws becomes a finding of its own rather than stopping the others. */
	private static boolean run(Rule rule, Severity severity, EObject element, DiagnosticChain diagnostics) {
		boolean[] clean = { true };
		Findings findings = new Findings() {
			@Override
			public void report(Object... messageArguments) {
				reportOn(null, messageArguments);
			}

			@Override
			public void reportOn(EStructuralFeature feature, Object... messageArguments) {
				Object[] arguments = new Object[messageArguments.length + 1];
				arguments[0] = ElementLabels.of(element);
				System.arraycopy(messageArguments, 0, arguments, 1, messageArguments.length);
				diagnostics.add(new BasicDiagnostic(severity.diagnosticSeverity(), DIAGNOSTIC_SOURCE, 0,
						rule.format(arguments), new Object[] { element, rule, feature }));
				clean[0] = false;
			}
		};
		try {
			rule.check().check(element, findings);
		} catch (RuntimeException e) {
			diagnostics.add(new BasicDiagnostic(Severity.ERROR.diagnosticSeverity(), DIAGNOSTIC_SOURCE, 0,
					Messages.format(Messages.RuleValidator_ruleFailed, rule.id(), ElementLabels.of(element), e),
					new Object[] { element, rule, null, e }));
			return false;
		}
		return clean[0];
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
