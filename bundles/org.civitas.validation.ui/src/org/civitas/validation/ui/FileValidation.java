package org.civitas.validation.ui;

import java.util.ArrayList;
import java.util.List;

import org.civitas.emf.xmi.LoadProblem;
import org.civitas.emf.document.ModelDocuments;
import org.civitas.emf.document.WorkspaceFiles;
import org.civitas.validation.Finding;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.report.ElementLocator;
import org.civitas.validation.ui.ValidationMarkers.MarkerSpec;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

/**
 * Validates model files as they are on disk, in a background job, for files no editor has
 * open: the markers then describe the saved file. A file that cannot be read gets one error
 * marker saying why; the file itself is never written.
 */
public final class FileValidation extends Job {

	/** The job family, for callers that wait for validations to finish. */
	public static final Object FAMILY = FileValidation.class;

	private final List<IFile> files;

	private FileValidation(List<IFile> files, boolean asked) {
		super(Messages.FileValidation_job);
		this.files = List.copyOf(files);
		setUser(asked);
		if (!asked) {
			// Nobody waits for it: it yields to everything the user does.
			setPriority(DECORATE);
		}
	}

	/** Validates {@code files}, which the user asked for, in the background and replaces their markers. */
	public static Job schedule(List<IFile> files) {
		FileValidation job = new FileValidation(files, true);
		job.schedule();
		return job;
	}

	/**
	 * Validates {@code files} that changed without the user asking (a save, a copy, a pull),
	 * quietly and at the lowest priority, after {@code delayMillis}.
	 */
	public static Job scheduleQuietly(List<IFile> files, long delayMillis) {
		FileValidation job = new FileValidation(files, false);
		job.schedule(delayMillis);
		return job;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		MultiStatus problems = new MultiStatus(FileValidation.class, 0, Messages.FileValidation_failed);
		ModelValidator validator = new ModelValidator(ValidationPreferences.rules(), ValidationPreferences.profile());
		for (IFile file : files) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (!isUser() && ModelDocuments.find(WorkspaceFiles.uriOf(file)) != null) {
				// Opened since the change: the editor's live validation owns its markers now.
				progress.worked(1);
				continue;
			}
			progress.subTask(file.getFullPath().toString());
			try {
				ValidationMarkers.synchronize(file, markersOf(file, validator));
			} catch (CoreException e) {
				problems.add(e.getStatus());
			}
			progress.worked(1);
		}
		return problems.isOK() ? Status.OK_STATUS : problems;
	}

	private static List<MarkerSpec> markersOf(IFile file, ModelValidator validator) {
		ResourceSet resources = new ResourceSetImpl();
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		Resource resource;
		try {
			resource = resources.getResource(uri, true);
		} catch (RuntimeException e) {
			return List.of(unreadable(file, e));
		}
		List<Finding> findings = validator.validate(resource.getContents(), ValidationMode.BATCH).findings();
		ElementLocator locator = new ElementLocator();
		List<MarkerSpec> markers = new ArrayList<>(findings.size());
		findings.forEach(finding -> markers.add(ValidationMarkers.specOf(finding, locator)));
		resource.unload();
		return markers;
	}

	/** The one marker of a file that cannot be read: why, in words, where the reader found it. */
	private static MarkerSpec unreadable(IFile file, RuntimeException e) {
		URI located = file.getLocation() != null ? URI.createFileURI(file.getLocation().toOSString())
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		LoadProblem problem = LoadProblem.of(located, e);
		String where = problem.line() <= 0 ? "" : NLS.bind(Messages.FileValidation_where, problem.line(), problem.column()); //$NON-NLS-1$
		return new MarkerSpec("", "", "", where, NLS.bind(Messages.FileValidation_unreadable, file.getName(), problem.message()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				IMarker.SEVERITY_ERROR, ""); //$NON-NLS-1$
	}
}
