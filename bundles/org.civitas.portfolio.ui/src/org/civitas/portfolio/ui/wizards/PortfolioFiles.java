package org.civitas.portfolio.ui.wizards;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.civitas.portfolio.model.Portfolio;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Writing a new portfolio file into the workspace. */
final class PortfolioFiles {

	private PortfolioFiles() {
	}

	/** Writes {@code portfolio} as the content of the new file {@code file}, then shows it in the workspace. */
	static void create(IFile file, Portfolio portfolio, IProgressMonitor monitor) throws IOException, CoreException {
		Resource resource = new ResourceSetImpl()
				.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
		resource.getContents().add(portfolio);
		resource.save(Map.of());
		file.refreshLocal(IResource.DEPTH_ZERO, monitor);
	}

	/** A copy of the portfolio in a file (an example shipped in a bundle), with its ids. */
	static Portfolio copyOf(URL source) {
		Resource example = new ResourceSetImpl().getResource(URI.createURI(source.toString()), true);
		return EcoreUtil.copy((Portfolio) example.getContents().get(0));
	}
}
