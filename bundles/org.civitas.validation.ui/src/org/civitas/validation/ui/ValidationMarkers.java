package org.civitas.validation.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.civitas.validation.Finding;
import org.civitas.validation.Severity;
import org.civitas.validation.report.ElementLocation;
import org.civitas.validation.report.ElementLocator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * Findings as problem markers, so that they appear in the Problems view, survive a restart
 * and can be fixed from there. A marker carries the rule's id and category, the element's
 * URI fragment (to find it again) and its path (the view's Location column).
 */
public final class ValidationMarkers {

	/** The marker type of validation findings, a kind of problem marker. */
	public static final String TYPE = "org.civitas.validation.ui.problem"; //$NON-NLS-1$
	/** The id of the rule that reported the finding. */
	public static final String RULE = "rule"; //$NON-NLS-1$
	/** The rule's category. */
	public static final String CATEGORY = "category"; //$NON-NLS-1$
	/** The URI fragment of the element at fault in its file. */
	public static final String ELEMENT = "element"; //$NON-NLS-1$
	/** The strategy ids the rule serves, separated by spaces. */
	public static final String STRATEGIES = "strategies"; //$NON-NLS-1$

	/**
	 * What one marker says; markers are compared by it, so that re-validation only touches
	 * markers whose finding changed.
	 */
	public record MarkerSpec(String rule, String category, String element, String location, String message,
			int severity, String strategies) {

		/** The attributes to create the marker with. */
		Map<String, Object> attributes() {
			return Map.of(RULE, rule, CATEGORY, category, ELEMENT, element, IMarker.LOCATION, location,
					IMarker.MESSAGE, message, IMarker.SEVERITY, severity, STRATEGIES, strategies);
		}

		static MarkerSpec of(IMarker marker) {
			return new MarkerSpec(marker.getAttribute(RULE, ""), marker.getAttribute(CATEGORY, ""), //$NON-NLS-1$ //$NON-NLS-2$
					marker.getAttribute(ELEMENT, ""), marker.getAttribute(IMarker.LOCATION, ""), //$NON-NLS-1$ //$NON-NLS-2$
					marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(IMarker.SEVERITY, -1), //$NON-NLS-1$
					marker.getAttribute(STRATEGIES, "")); //$NON-NLS-1$
		}
	}

	private ValidationMarkers() {
	}

	/** The marker of {@code finding}; call it in the thread that owns the model, before the model changes. */
	public static MarkerSpec specOf(Finding finding, ElementLocator locator) {
		ElementLocation location = locator.locate(finding.element());
		return new MarkerSpec(finding.rule().id(), finding.rule().category(), location.id(), location.path(),
				NLS.bind(Messages.ValidationMarkers_message,
						new Object[] { finding.message(), finding.rule().id(), finding.rule().category() }),
				markerSeverity(finding.severity()), String.join(" ", finding.rule().strategies())); //$NON-NLS-1$
	}

	static int markerSeverity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
		};
	}

	/**
	 * Makes the file's validation markers exactly {@code wanted}: markers no longer wanted are
	 * deleted, new ones created, unchanged ones left alone. Runs as one workspace operation.
	 *
	 * @return the file's markers by what they say, for later {@linkplain #update updates}
	 */
	public static Map<MarkerSpec, IMarker> synchronize(IFile file, Collection<MarkerSpec> wanted) throws CoreException {
		Map<MarkerSpec, IMarker> markers = new HashMap<>();
		if (!file.exists()) {
			return markers;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			Set<MarkerSpec> missing = new HashSet<>(wanted);
			for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
				MarkerSpec spec = MarkerSpec.of(marker);
				if (missing.remove(spec)) {
					markers.put(spec, marker);
				} else {
					marker.delete();
				}
			}
			for (MarkerSpec spec : missing) {
				markers.put(spec, file.createMarker(TYPE, spec.attributes()));
			}
		}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
		return markers;
	}

	/** The file's validation markers by what they say. */
	static Map<MarkerSpec, IMarker> read(IFile file) throws CoreException {
		Map<MarkerSpec, IMarker> markers = new HashMap<>();
		if (file.exists()) {
			for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
				markers.put(MarkerSpec.of(marker), marker);
			}
		}
		return markers;
	}

	/**
	 * Creates the markers {@code changes} wants ({@code true}) and deletes those it no longer
	 * wants ({@code false}), without reading the file's other markers: {@code known} holds the
	 * markers by what they say, and is kept up to date.
	 */
	static void update(IFile file, Map<MarkerSpec, Boolean> changes, Map<MarkerSpec, IMarker> known) throws CoreException {
		if (!file.exists()) {
			return;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			for (Map.Entry<MarkerSpec, Boolean> change : changes.entrySet()) {
				IMarker marker = known.get(change.getKey());
				boolean exists = marker != null && marker.exists();
				if (change.getValue() && !exists) {
					known.put(change.getKey(), file.createMarker(TYPE, change.getKey().attributes()));
				} else if (!change.getValue()) {
					known.remove(change.getKey());
					if (exists) {
						marker.delete();
					}
				}
			}
		}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
	}
}
