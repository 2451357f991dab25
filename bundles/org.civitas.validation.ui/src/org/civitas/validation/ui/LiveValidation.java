package org.civitas.validation.ui;

import java.util.ArrayList;
import java.util.Collections;
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
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationResult;
import org.civitas.validation.report.ElementLocator;
import org.civitas.validation.ui.ValidationMarkers.MarkerSpec;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * The validation of one model open in an editor. A full validation (every rule) runs when
 * the model is read and on demand; after each edit, the live rules check again only what the
 * edit affected. The findings become the file's problem markers and are kept here for the
 * editor's decorations. Everything but the marker update runs in the thread that owns the
 * model: the read job before the model is shown, then the user interface thread.
 */
public final class LiveValidation {

	/** How long closing waits for markers being written. */
	private static final long MARKER_WRITE_TIMEOUT_MILLIS = 10_000;

	private final Supplier<IFile> file;
	private final Resource resource;
	private final IPreferenceChangeListener profileListener;
	private final ListenerList<Consumer<Set<EObject>>> listeners = new ListenerList<>();
	private final Job markerJob;
	/** The markers of the current findings, computed once per finding while the model is as the finding saw it. */
	private final Map<Finding, MarkerSpec> markers = new IdentityHashMap<>();
	private volatile List<MarkerSpec> wantedMarkers = List.of();
	private IncrementalValidator validator;
	/** The most severe finding on each element or anything it contains. */
	private Map<EObject, Severity> worst = Map.of();
	private boolean disposed;

	/**
	 * Validates {@code resource}, whose file {@code file} names (the editor's file can change
	 * with Save As or a move); call {@link #validateAll()} for the first findings.
	 */
	public LiveValidation(Supplier<IFile> file, Resource resource) {
		this.file = file;
		this.resource = resource;
		this.validator = newValidator();
		this.markerJob = Job.create(Messages.LiveValidation_markerJob, monitor -> {
			IFile target = file.get();
			try {
				ValidationMarkers.synchronize(target, wantedMarkers);
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return Status.error(NLS.bind(Messages.LiveValidation_markerFailed, target.getFullPath()), e);
			}
		});
		markerJob.setSystem(true);
		this.profileListener = ValidationPreferences.onProfileChange(this::profileChanged);
	}

	private IncrementalValidator newValidator() {
		return new IncrementalValidator(new ModelValidator(ValidationPreferences.rules(), ValidationPreferences.profile()),
				resource);
	}

	/** Validates the whole model with every rule the profile switches on. */
	public ValidationResult validateAll() {
		ValidationResult result = validator.validateAll(ValidationMode.BATCH);
		publish();
		return result;
	}

	/** Checks again, with the live rules, what the edits since the last call affected. */
	public void modelChanged() {
		if (validator.revalidate().elementsChecked() > 0) {
			publish();
		}
	}

	/**
	 * A new profile changes which rules run and their severities: everything is checked again,
	 * in the user interface thread, which owns the model once it is shown.
	 */
	private void profileChanged() {
		Display.getDefault().asyncExec(() -> {
			if (!disposed) {
				reset();
			}
		});
	}

	private void reset() {
		validator.dispose();
		validator = newValidator();
		validateAll();
	}

	/** The file's markers and the decorations follow the current findings. */
	private void publish() {
		List<Finding> findings = validator.findings();
		ElementLocator locator = new ElementLocator();
		Set<Finding> current = Collections.newSetFromMap(new IdentityHashMap<>());
		current.addAll(findings);
		markers.keySet().retainAll(current);
		List<MarkerSpec> specs = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			specs.add(markers.computeIfAbsent(finding, key -> ValidationMarkers.specOf(key, locator)));
		}
		wantedMarkers = specs;
		markerJob.schedule();

		Map<EObject, Severity> newWorst = new HashMap<>();
		for (Finding finding : findings) {
			for (EObject element = finding.element(); element != null; element = element.eContainer()) {
				Severity known = newWorst.get(element);
				if (known != null && known.compareTo(finding.severity()) <= 0) {
					break;
				}
				newWorst.put(element, finding.severity());
			}
		}
		Set<EObject> changed = new HashSet<>();
		newWorst.forEach((element, severity) -> {
			if (worst.get(element) != severity) {
				changed.add(element);
			}
		});
		worst.keySet().stream().filter(element -> !newWorst.containsKey(element)).forEach(changed::add);
		worst = newWorst;
		if (!changed.isEmpty()) {
			listeners.forEach(listener -> listener.accept(changed));
		}
	}

	/** The most severe finding on {@code element} or anything it contains, or {@code null} if none. */
	public Severity worstSeverityIn(EObject element) {
		return worst.get(element);
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
		boolean waiting = markerJob.getState() == Job.WAITING || markerJob.getState() == Job.SLEEPING;
		if (!markerJob.cancel()) {
			try {
				markerJob.join(MARKER_WRITE_TIMEOUT_MILLIS, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return waiting;
	}
}
