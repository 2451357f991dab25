package org.civitas.validation.ui;

import java.util.ArrayList;
import java.util.List;

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

	private FileValidation(List<IFile> files) {
		super(Messages.FileValidation_job);
		this.files = List.copyOf(files);
		setUser(true);
	}

	/** Validates {@code files} in the background and replaces their markers. */
	public static Job schedule(List<IFile> files) {
		FileValidation job = new FileValidation(files);
		job.schedule();
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
			return List.of(unreadable(file, resources.getResource(uri, false), e));
		}
		List<Finding> findings = validator.validate(resource.getContents(), ValidationMode.BATCH).findings();
		ElementLocator locator = new ElementLocator();
		List<MarkerSpec> markers = new ArrayList<>(findings.size());
		findings.forEach(finding -> markers.add(ValidationMarkers.specOf(finding, locator)));
		resource.unload();
		return markers;
	}

	/** The one marker of a file that cannot be read: the first error, where the reader found it. */
	private static MarkerSpec unreadable(IFile file, Resource failed, RuntimeException e) {
		Resource.Diagnostic first = failed == null || failed.getErrors().isEmpty() ? null : failed.getErrors().get(0);
		String reason = first != null ? first.getMessage() : e.getMessage();
		String where = first == null ? "" : NLS.bind(Messages.FileValidation_where, first.getLine(), first.getColumn()); //$NON-NLS-1$
		return new MarkerSpec("", "", "", where, NLS.bind(Messages.FileValidation_unreadable, file.getName(), reason), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				IMarker.SEVERITY_ERROR, ""); //$NON-NLS-1$
	}
}
