package org.civitas.emf.document;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;

/** Between workspace files and the URIs EMF reads them by. */
public final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file of a {@code platform:/resource} URI, or {@code null} for any other URI. */
	public static IFile fileOf(URI uri) {
		return uri.isPlatformResource()
				? ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true)))
				: null;
	}
}
