package org.civitas.ui.emf.files;

import java.io.IOException;

import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

/**
 * A model's root as the workbench has it, for reading (an export, a report, an import worked out
 * before it is applied): the document its editors share, unsaved changes included, else the file
 * as it is on disk, read apart from everything else.
 */
public final class ModelRoots {

	private ModelRoots() {
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/**
	 * @throws IOException if the file cannot be read as a model, naming it
	 */
	public static EObject forReading(IFile file) throws IOException {
		ModelDocument open = ModelDocuments.find(uriOf(file));
		Resource resource = open != null && open.isRead() ? open.getResource() : null;
		if (resource == null) {
			try {
				resource = new ResourceSetImpl().getResource(uriOf(file), true);
			} catch (RuntimeException unreadable) {
				throw new IOException(NLS.bind(Messages.ModelRoots_unreadable, file.getFullPath(),
						unreadable.getCause() == null ? unreadable.getMessage() : unreadable.getCause().getMessage()), unreadable);
			}
		}
		if (resource.getContents().isEmpty()) {
			throw new IOException(NLS.bind(Messages.ModelRoots_empty, file.getFullPath()));
		}
		return resource.getContents().get(0);
	}
}
