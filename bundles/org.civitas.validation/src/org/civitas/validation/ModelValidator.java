package org.civitas.validation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Validates models with a rule registry under a profile, on EMF's {@link Diagnostician}: first
 * EMF's own well-formedness checks (references resolve, required values are set, values fit
 * their types), reported as rule {@link #WELL_FORMED}, then the rules.
 */
public final class ModelValidator {

	/** EMF's well-formedness checks, as a rule that reports and profiles can name. */
	public static final Rule WELL_FORMED = Rule.builder("EMF-001") //$NON-NLS-1$
			.title(Messages.ModelValidator_wellFormed_title).category("Model") //$NON-NLS-1$
			.severity(Severity.ERROR).target(EcorePackage.Literals.EOBJECT)
			.modes(ValidationMode.LIVE, ValidationMode.BATCH).message("{0}") //$NON-NLS-1$
			.description(Messages.ModelValidator_wellFormed_description)
			.check((element, findings) -> {
				// Reported by EMF's EObjectValidator; this rule only names those findings.
			}).build();

	private final RuleRegistry registry;
	private final ValidationProfile profile;
	private final EValidator validator;

	public ModelValidator(RuleRegistry registry, ValidationProfile profile) {
		this.registry = registry;
		this.profile = profile;
		RuleValidator rules = new RuleValidator(registry);
		validator = new EObjectValidator() {
			/**
			 * The well-formedness checks that can fail in a model a tool wrote: required values,
			 * references that resolve and stay in the model, values of the right type. EMF's
			 * remaining default checks (unique ids, keys, map entries, paired opposites, and
			 * constraints looked up per class) hold by construction in the models Civitas
			 * reads, and cost more than all the rules together on a large model.
			 */
			@Override
			public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
				boolean wellFormed = validate_EveryMultiplicityConforms(eObject, diagnostics, context);
				wellFormed &= validate_EveryProxyResolves(eObject, diagnostics, context);
				wellFormed &= validate_EveryReferenceIsContained(eObject, diagnostics, context);
				wellFormed &= validate_EveryDataValueConforms(eObject, diagnostics, context);
				return rules.validate(eClass, eObject, diagnostics, context) && wellFormed;
			}
		};
	}

	/** Validates {@code roots} and everything they contain. */
	public ValidationResult validate(Collection<? extends EObject> roots, ValidationMode mode) {
		long started = System.nanoTime();
		Recording diagnostician = new Recording();
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		Map<Object, Object> context = context(diagnostician, mode);
		for (EObject root : roots) {
			diagnostician.validate(root, diagnostics, context);
		}
		return new ValidationResult(findings(diagnostics), diagnostician.checked.size(),
				Duration.ofNanos(System.nanoTime() - started), coverage(diagnostician.checked, mode));
	}

	/** Validates only the given elements, not what they contain: the re-check after an edit. */
	public ValidationResult validateElements(Collection<? extends EObject> elements, ValidationMode mode) {
		long started = System.nanoTime();
		Recording diagnostician = new Recording();
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		Map<Object, Object> context = context(diagnostician, mode);
		for (EObject element : elements) {
			validator.validate(element.eClass(), element, diagnostics, context);
		}
		return new ValidationResult(findings(diagnostics), elements.size(), Duration.ofNanos(System.nanoTime() - started),
				coverage(List.copyOf(elements), mode));
	}

	/** EMF's well-formedness checks first, when the profile keeps them, then the registry's rules that ran. */
	private RuleCoverage coverage(List<EObject> checked, ValidationMode mode) {
		List<Rule> ran = new ArrayList<>();
		if (profile.isEnabled(WELL_FORMED)) {
			ran.add(WELL_FORMED);
		}
		for (Rule rule : registry.rules()) {
			if (profile.runs(rule, mode)) {
				ran.add(rule);
			}
		}
		return new RuleCoverage(ran, checked, registry);
	}

	private Map<Object, Object> context(Diagnostician diagnostician, ValidationMode mode) {
		Map<Object, Object> context = new HashMap<>();
		context.put(EValidator.SubstitutionLabelProvider.class, diagnostician);
		context.put(ValidationProfile.class, profile);
		context.put(ValidationMode.class, mode);
		return context;
	}

	public RuleRegistry getRegistry() {
		return registry;
	}

	public ValidationProfile getProfile() {
		return profile;
	}

	private List<Finding> findings(Diagnostic diagnostics) {
		List<Finding> findings = new ArrayList<>();
		collect(diagnostics, findings);
		return findings;
	}

	private void collect(Diagnostic diagnostic, List<Finding> findings) {
		for (Diagnostic child : diagnostic.getChildren()) {
			List<?> data = child.getData();
			if (!data.isEmpty() && data.get(0) instanceof EObject element && child.getSeverity() != Diagnostic.OK) {
				Rule rule = data.size() > 1 && data.get(1) instanceof Rule named ? named : WELL_FORMED;
				EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature given ? given
						: data.size() > 2 && data.get(2) instanceof EStructuralFeature given ? given : null;
				if (rule == WELL_FORMED && !profile.isEnabled(rule)) {
					continue;
				}
				Severity severity = rule == WELL_FORMED ? profile.severityOf(rule) : severityOf(child);
				findings.add(new Finding(rule, severity, element, feature, child.getMessage()));
			}
			collect(child, findings);
		}
	}

	private static Severity severityOf(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
			case Diagnostic.WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
	}

	/** A diagnostician that uses this validator for every package and records the elements it checks. */
	private final class Recording extends Diagnostician {

		private final List<EObject> checked = new ArrayList<>();

		Recording() {
			super(registryOfOne());
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject,
				DiagnosticChain diagnostics, Map<Object, Object> context) {
			checked.add(eObject);
			return super.validate(eClass, eObject, diagnostics, context);
		}

		/** A dangling reference is best named by where it pointed. */
		@Override
		public String getObjectLabel(EObject eObject) {
			return eObject.eIsProxy() ? ((InternalEObject) eObject).eProxyURI().toString() : ElementLabels.of(eObject);
		}
	}

	private EValidator.Registry registryOfOne() {
		EValidator.Registry one = new EValidatorRegistryImpl();
		one.put(null, validator);
		return one;
	}
}
