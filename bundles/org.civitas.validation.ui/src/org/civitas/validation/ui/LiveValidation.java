package org.civitas.validation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.civitas.validation.Finding;
import org.civitas.validation.IncrementalValidator;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.Revalidation;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationResult;
import org.civitas.validation.report.ElementLocator;
import org.civitas.validation.ui.ValidationMarkers.MarkerSpec;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;

/**
 * The validation of one model open in an editor. A full validation (every rule) runs when
 * the model is read and on demand; after each edit, the live rules check again only what the
 * edit affected, and only the findings that changed reach the file's problem markers and the
 * editor's decorations, so an edit costs the same in a small model and a large one.
 * Everything but the marker writing runs in the thread that owns the model: the read job
 * before the model is shown, then the user interface thread.
 */
public final class LiveValidation {

	/** A current finding: its marker, and the element with its containers when it was found. */
	private record Entry(MarkerSpec marker, List<EObject> chain) {
	}

	private final Supplier<IFile> file;
	private final Resource resource;
	private final IPreferenceChangeListener profileListener;
	private final ListenerList<Consumer<Set<EObject>>> listeners = new ListenerList<>();
	private final MarkerUpdates markers;
	private final Map<Finding, Entry> entries = new IdentityHashMap<>();
	/** How many current findings say each marker; a marker exists while its count is positive. */
	private final Map<MarkerSpec, Integer> markerCounts = new HashMap<>();
	private final SeverityCounts severities = new SeverityCounts();
	private IncrementalValidator validator;
	private boolean disposed;

	/**
	 * Validates {@code resource}, whose file {@code file} names (the editor's file can change
	 * with Save As or a move); call {@link #validateAll()} for the first findings.
	 */
	public LiveValidation(Supplier<IFile> file, Resource resource) {
		this.file = file;
		this.resource = resource;
		this.validator = newValidator();
		this.markers = new MarkerUpdates(file);
		this.profileListener = ValidationPreferences.onProfileChange(this::profileChanged);
	}

	private IncrementalValidator newValidator() {
		return new IncrementalValidator(new ModelValidator(ValidationPreferences.rules(), ValidationPreferences.profile()),
				resource);
	}

	/** Validates the whole model with every rule the profile switches on; the findings replace all others. */
	public ValidationResult validateAll() {
		ValidationResult result = validator.validateAll(ValidationMode.BATCH);
		publish(result);
		return result;
	}

	/**
	 * Starts a full validation (every rule the profile switches on) whose checking runs on
	 * another thread: returns the check, which reads the model, so nothing may change the
	 * model while it runs; give its result to {@link #adopt} on the user interface thread.
	 */
	public Supplier<ValidationResult> startFullValidation() {
		return validator.startFullCheck(ValidationMode.BATCH);
	}

	/** Makes a full validation's findings the current ones, then checks what was edited since it started. */
	public void adopt(ValidationResult result) {
		if (disposed) {
			return;
		}
		validator.adopt(result);
		publish(result);
		modelChanged();
	}

	private void publish(ValidationResult result) {
		Set<EObject> changed = new HashSet<>(severities.elements());
		entries.clear();
		markerCounts.clear();
		severities.clear();
		ElementLocator locator = new ElementLocator();
		for (Finding finding : result.findings()) {
			count(finding, locator);
		}
		markers.replaceAll(markerCounts.keySet());
		changed.addAll(severities.elements());
		notifyListeners(changed);
	}

	/** Checks again, with the live rules, what the edits since the last call affected. */
	public void modelChanged() {
		Revalidation revalidation = validator.revalidate();
		if (revalidation.found().isEmpty() && revalidation.dropped().isEmpty()) {
			return;
		}
		Map<EObject, Severity> before = new HashMap<>();
		for (Finding dropped : revalidation.dropped()) {
			Entry entry = entries.get(dropped);
			if (entry != null) {
				entry.chain().forEach(element -> before.putIfAbsent(element, severities.worst(element)));
			}
		}
		for (Finding found : revalidation.found()) {
			chainOf(found.element()).forEach(element -> before.putIfAbsent(element, severities.worst(element)));
		}
		// Found before dropped: a finding found again as it was keeps its marker.
		ElementLocator locator = new ElementLocator();
		List<MarkerSpec> added = new ArrayList<>();
		for (Finding found : revalidation.found()) {
			if (count(found, locator)) {
				added.add(entries.get(found).marker());
			}
		}
		List<MarkerSpec> removed = new ArrayList<>();
		for (Finding dropped : revalidation.dropped()) {
			Entry entry = entries.remove(dropped);
			if (entry == null) {
				continue;
			}
			severities.remove(entry.chain(), dropped.severity());
			if (markerCounts.merge(entry.marker(), -1, Integer::sum) == 0) {
				markerCounts.remove(entry.marker());
				removed.add(entry.marker());
			}
		}
		markers.change(removed, added);
		Set<EObject> changed = new HashSet<>();
		before.forEach((element, severity) -> {
			if (severities.worst(element) != severity) {
				changed.add(element);
			}
		});
		notifyListeners(changed);
	}

	/** Records a current finding; returns whether its marker is new. */
	private boolean count(Finding finding, ElementLocator locator) {
		Entry entry = new Entry(ValidationMarkers.specOf(finding, locator), chainOf(finding.element()));
		entries.put(finding, entry);
		severities.add(entry.chain(), finding.severity());
		return markerCounts.merge(entry.marker(), 1, Integer::sum) == 1;
	}

	private static List<EObject> chainOf(EObject element) {
		List<EObject> chain = new ArrayList<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			chain.add(current);
		}
		return chain;
	}

	private void notifyListeners(Set<EObject> changed) {
		if (!changed.isEmpty()) {
			listeners.forEach(listener -> listener.accept(changed));
		}
	}

	/**
	 * A new profile changes which rules run and their severities: everything is checked again,
	 * in the user interface thread, which owns the model once it is shown.
	 */
	private void profileChanged() {
		Display.getDefault().asyncExec(() -> {
			if (!disposed) {
				validator.dispose();
				validator = newValidator();
				validateAll();
			}
		});
	}

	/** The most severe finding on {@code element} or anything it contains, or {@code null} if none. */
	public Severity worstSeverityIn(EObject element) {
		return severities.worst(element);
	}

	/** Every current finding. */
	public List<Finding> findings() {
		return validator.findings();
	}

	/** The current findings about {@code element}. */
	public List<Finding> findingsFor(EObject element) {
		return validator.findingsFor(element);
	}

	/** The model validated. */
	public Resource resource() {
		return resource;
	}

	/** The file the markers go to. */
	public IFile file() {
		return Objects.requireNonNull(file.get());
	}

	/** Tells {@code listener} which elements' worst severity changed after each validation. */
	public void addListener(Consumer<Set<EObject>> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Set<EObject>> listener) {
		listeners.remove(listener);
	}

	/**
	 * Stops validating. A marker update still waiting to run is dropped and a running one is
	 * waited for, so that nothing this validation wrote arrives after a later validation of
	 * the file.
	 *
	 * @return whether an update was dropped, so that the markers may lag behind the model
	 */
	public boolean dispose() {
		disposed = true;
		ValidationPreferences.removeListener(profileListener);
		validator.dispose();
		listeners.clear();
		return markers.stop();
	}
}
