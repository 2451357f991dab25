package org.civitas.validation.ui;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.civitas.validation.ui.ValidationMarkers.MarkerSpec;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Writes a file's markers in the background as the findings change, so that an edit never
 * waits for the workspace. Requests made while the job waits or runs are merged: the job
 * writes the latest state once, touching only the markers that changed since it last ran.
 */
final class MarkerUpdates extends Job {

	/** How long closing waits for markers being written. */
	private static final long TIMEOUT_MILLIS = 10_000;

	private final Supplier<IFile> file;
	/** The markers wanted in place of all the file's markers, or {@code null}; guarded by {@code this}. */
	private List<MarkerSpec> replacement;
	/** Markers to create ({@code true}) or delete ({@code false}) after the replacement; guarded by {@code this}. */
	private final Map<MarkerSpec, Boolean> changes = new LinkedHashMap<>();
	/** The file's markers by what they say, as this job last wrote them; used by the job only. */
	private Map<MarkerSpec, IMarker> known;

	MarkerUpdates(Supplier<IFile> file) {
		super(Messages.MarkerUpdates_job);
		this.file = file;
		setSystem(true);
	}

	/** Asks for the file's markers to become exactly {@code markers}. */
	void replaceAll(Collection<MarkerSpec> markers) {
		synchronized (this) {
			replacement = List.copyOf(markers);
			changes.clear();
		}
		schedule();
	}

	/** Asks for {@code removed} markers to go and {@code added} markers to come. */
	void change(Collection<MarkerSpec> removed, Collection<MarkerSpec> added) {
		if (removed.isEmpty() && added.isEmpty()) {
			return;
		}
		synchronized (this) {
			removed.forEach(marker -> changes.put(marker, Boolean.FALSE));
			added.forEach(marker -> changes.put(marker, Boolean.TRUE));
		}
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<MarkerSpec> replaceWith;
		Map<MarkerSpec, Boolean> changed;
		synchronized (this) {
			replaceWith = replacement;
			changed = new LinkedHashMap<>(changes);
			replacement = null;
			changes.clear();
		}
		IFile target = file.get();
		try {
			if (replaceWith != null) {
				Set<MarkerSpec> wanted = new LinkedHashSet<>(replaceWith);
				changed.forEach((marker, add) -> {
					if (add) {
						wanted.add(marker);
					} else {
						wanted.remove(marker);
					}
				});
				known = ValidationMarkers.synchronize(target, wanted);
			} else {
				if (known == null) {
					known = ValidationMarkers.read(target);
				}
				ValidationMarkers.update(target, changed, known);
			}
			return Status.OK_STATUS;
		} catch (CoreException e) {
			known = null;
			return Status.error(NLS.bind(Messages.MarkerUpdates_failed, target.getFullPath()), e);
		}
	}

	/**
	 * Drops a request still waiting and waits for a running one.
	 *
	 * @return whether a request was dropped, so that the markers may lag behind the findings
	 */
	boolean stop() {
		boolean waiting = getState() == WAITING || getState() == SLEEPING;
		if (!cancel()) {
			try {
				join(TIMEOUT_MILLIS, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return waiting;
	}
}
