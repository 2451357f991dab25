package org.civitas.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Puts the example project, shipped inside this bundle, into a workspace. It never replaces
 * anything the user has: an existing project of the same name is left as it is.
 */
public final class ExampleProjectInstaller {

	/** Name of the example project in the workspace. */
	public static final String EXAMPLE_PROJECT_NAME = "Civitas Examples"; //$NON-NLS-1$

	/** Folder of this bundle that holds the example project's files. */
	static final String SOURCE_FOLDER = "projects/civitas-examples"; //$NON-NLS-1$

	/** Workspace preference recording that the example project was offered once. */
	static final String OFFERED_PREFERENCE = "exampleProjectOffered"; //$NON-NLS-1$

	private ExampleProjectInstaller() {
	}

	/**
	 * Creates the example project the first time a workspace is opened. Later calls do nothing,
	 * so that a user who deleted the example does not see it come back.
	 *
	 * @return whether the project was created
	 */
	public static boolean installOnFirstStart(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(bundle().getSymbolicName());
		if (preferences.getBoolean(OFFERED_PREFERENCE, false)) {
			return false;
		}
		boolean created = install(workspace, monitor);
		preferences.putBoolean(OFFERED_PREFERENCE, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new CoreException(Status.error(Messages.ExampleProjectInstaller_preferenceNotSaved, e));
		}
		return created;
	}

	/**
	 * Creates the example project unless the workspace already has a project of that name.
	 *
	 * @return whether the project was created
	 */
	public static boolean install(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
		IProject project = workspace.getRoot().getProject(EXAMPLE_PROJECT_NAME);
		if (project.exists()) {
			return false;
		}
		List<URL> entries = exampleEntries();
		workspace.run(runMonitor -> {
			SubMonitor progress = SubMonitor.convert(runMonitor, Messages.ExampleProjectInstaller_task,
					entries.size() + 2);
			project.create(progress.split(1));
			project.open(progress.split(1));
			for (URL entry : entries) {
				copy(entry, project, progress.split(1));
			}
		}, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		return true;
	}

	private static List<URL> exampleEntries() throws CoreException {
		Enumeration<URL> found = bundle().findEntries(SOURCE_FOLDER, "*", true); //$NON-NLS-1$
		if (found == null) {
			throw new CoreException(Status.error(NLS.bind(Messages.ExampleProjectInstaller_missingContent,
					SOURCE_FOLDER, bundle().getSymbolicName())));
		}
		List<URL> entries = new ArrayList<>(Collections.list(found));
		// Parents before children, so that every folder exists before its files are written.
		entries.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		return entries;
	}

	private static void copy(URL entry, IProject project, IProgressMonitor monitor) throws CoreException {
		String prefix = "/" + SOURCE_FOLDER + "/"; //$NON-NLS-1$ //$NON-NLS-2$
		IPath relative = IPath.fromPortableString(entry.getPath().substring(prefix.length()));
		if (entry.getPath().endsWith("/")) { //$NON-NLS-1$
			createFolders(project.getFolder(relative));
			return;
		}
		IFile file = project.getFile(relative);
		try (InputStream content = entry.openStream()) {
			file.create(content, IResource.NONE, monitor);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.ExampleProjectInstaller_unreadableEntry, entry), e));
		}
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container.exists() || !(container instanceof IFolder folder)) {
			return;
		}
		createFolders(folder.getParent());
		folder.create(IResource.NONE, true, null);
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(ExampleProjectInstaller.class);
	}
}
