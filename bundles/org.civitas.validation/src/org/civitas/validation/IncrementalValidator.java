package org.civitas.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

/**
 * Keeps the live findings of a model current while it is edited. It watches the model; after
 * a change, {@link #revalidate()} checks again only the elements the change can have
 * affected (the changed element, its containers, the elements it pointed to before and after,
 * and the elements that point to it) with the live rules, instead of the whole model.
 */
public final class IncrementalValidator {

	private final ModelValidator validator;
	private final Resource resource;
	private final Map<EObject, List<Finding>> findings = new HashMap<>();
	private final Set<EObject> affected = new LinkedHashSet<>();
	private final Watcher watcher = new Watcher();
	/** While a full check runs elsewhere: what was revalidated meanwhile, which its result does not know. */
	private Set<EObject> revalidatedDuringCheck;

	/** Starts watching {@code resource}; call {@link #validateAll(ValidationMode)} for the first findings. */
	public IncrementalValidator(ModelValidator validator, Resource resource) {
		this.validator = validator;
		this.resource = resource;
		resource.eAdapters().add(watcher);
	}

	/**
	 * Checks the whole model with the rules of {@code mode} and makes that the current state:
	 * {@link ValidationMode#LIVE} for the cheap rules only, {@link ValidationMode#BATCH} for a
	 * full validation whose findings stay until the next one.
	 */
	public ValidationResult validateAll(ValidationMode mode) {
		ValidationResult result = validator.validate(resource.getContents(), mode);
		affected.clear();
		install(result);
		return result;
	}

	/**
	 * Starts a full validation whose checking may run on another thread, so that a large model
	 * is checked without holding the user interface: returns the check, which only reads the
	 * model (nothing may change it while it runs); give its result to {@link #adopt} on the
	 * thread that owns the model. Elements revalidated in between are checked again then.
	 */
	public Supplier<ValidationResult> startFullCheck(ValidationMode mode) {
		revalidatedDuringCheck = new LinkedHashSet<>();
		List<EObject> contents = List.copyOf(resource.getContents());
		return () -> validator.validate(contents, mode);
	}

	/**
	 * Makes the result of a {@link #startFullCheck full check} the current state; what changed
	 * since it started (elements revalidated meanwhile) is left for the next {@link #revalidate()}.
	 */
	public void adopt(ValidationResult result) {
		install(result);
		if (revalidatedDuringCheck != null) {
			affected.addAll(revalidatedDuringCheck);
			revalidatedDuringCheck = null;
		}
	}

	private void install(ValidationResult result) {
		findings.clear();
		for (Finding finding : result.findings()) {
			findings.computeIfAbsent(finding.element(), key -> new ArrayList<>()).add(finding);
		}
	}

	/**
	 * Checks again the elements affected by the changes since the last call, with the live
	 * rules. Their findings from rules that do not run live stay until the next full validation.
	 */
	public Revalidation revalidate() {
		List<Finding> dropped = new ArrayList<>();
		List<EObject> elements = new ArrayList<>();
		for (EObject element : affected) {
			if (element.eResource() == resource) {
				elements.add(element);
			} else {
				List<Finding> gone = findings.remove(element);
				if (gone != null) {
					dropped.addAll(gone);
				}
			}
		}
		affected.clear();
		if (revalidatedDuringCheck != null) {
			revalidatedDuringCheck.addAll(elements);
		}
		ValidationResult result = validator.validateElements(elements, ValidationMode.LIVE);
		for (EObject element : elements) {
			List<Finding> previous = findings.remove(element);
			if (previous == null) {
				continue;
			}
			for (Finding finding : previous) {
				if (validator.getProfile().runs(finding.rule(), ValidationMode.LIVE)) {
					dropped.add(finding);
				} else {
					findings.computeIfAbsent(element, key -> new ArrayList<>()).add(finding);
				}
			}
		}
		for (Finding finding : result.findings()) {
			findings.computeIfAbsent(finding.element(), key -> new ArrayList<>()).add(finding);
		}
		return new Revalidation(dropped, result.findings(), elements.size(), result.duration());
	}

	/** Every current finding. */
	public List<Finding> findings() {
		return findings.values().stream().flatMap(Collection::stream).toList();
	}

	/** The current findings about one element. */
	public List<Finding> findingsFor(EObject element) {
		return List.copyOf(findings.getOrDefault(element, List.of()));
	}

	/** Stops watching the model. */
	public void dispose() {
		resource.eAdapters().remove(watcher);
	}

	/** Collects what a change can have affected; the cross-reference index answers "who points here". */
	private final class Watcher extends ECrossReferenceAdapter {

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch() || !(notification.getNotifier() instanceof EObject element)) {
				return;
			}
			for (EObject current = element; current != null; current = current.eContainer()) {
				affected.add(current);
			}
			addTouched(notification.getOldValue());
			addTouched(notification.getNewValue());
			for (Setting setting : getInverseReferences(element)) {
				affected.add(setting.getEObject());
			}
		}

		/** An element added, removed or re-pointed to, with everything it contains. */
		private void addTouched(Object value) {
			if (value instanceof EObject element) {
				affected.add(element);
				if (element.eResource() == resource && element.eContainer() != null) {
					element.eAllContents().forEachRemaining(affected::add);
				}
			} else if (value instanceof Collection<?> values) {
				values.forEach(this::addTouched);
			}
		}
	}
}
