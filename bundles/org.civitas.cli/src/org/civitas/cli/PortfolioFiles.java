package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.civitas.emf.xmi.LoadProblem;
import org.civitas.emf.xmi.SafeXmiResource;
import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

/** Reading and writing {@code .portfolio} files for commands, with one-line errors. */
final class PortfolioFiles {

	private PortfolioFiles() {
	}

	static Portfolio load(String file) throws CommandException {
		Path path = InputFiles.requireReadable(file);
		URI uri = URI.createFileURI(path.toAbsolutePath().toString());
		Resource resource = new PortfolioResourceFactory().createResource(uri);
		new ResourceSetImpl().getResources().add(resource);
		try {
			// Reports point at the line of each finding's element.
			resource.load(Map.of(SafeXmiResource.OPTION_RECORD_POSITIONS, Boolean.TRUE));
		} catch (IOException | RuntimeException failure) {
			throw CommandException.failure(LoadProblem.of(uri, failure).toString());
		}
		if (resource.getContents().isEmpty()) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_empty, file));
		}
		EObject root = resource.getContents().get(0);
		if (!(root instanceof Portfolio portfolio)) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_notAPortfolio, file, root.eClass().getName()));
		}
		return portfolio;
	}

	/**
	 * The model document of an existing portfolio file, read as its editor reads it, for a
	 * command that changes the portfolio through the document's command stack; the caller
	 * releases it with {@link ModelDocuments#release}.
	 */
	static ModelDocument openDocument(String file, Object user) throws CommandException {
		Path path = InputFiles.requireReadable(file);
		ModelDocument document = ModelDocuments.acquire(URI.createFileURI(path.toAbsolutePath().toString()));
		document.load();
		String problem = document.getLoadProblem() != null ? document.getLoadProblem().toString()
				: document.getRoot() == null ? NLS.bind(Messages.PortfolioFiles_empty, file)
				: !(document.getRoot() instanceof Portfolio)
						? NLS.bind(Messages.PortfolioFiles_notAPortfolio, file, document.getRoot().eClass().getName())
						: null;
		if (problem != null) {
			ModelDocuments.release(document, user);
			throw CommandException.failure(problem);
		}
		return document;
	}

	/** Writes the document's files, each atomically. */
	static void save(ModelDocument document, String file) throws CommandException {
		try {
			document.save();
		} catch (IOException failure) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_notSaved, file, failure.getMessage()));
		}
	}

	/** The portfolio and everything it contains. */
	static long countElements(EObject root) {
		long count = 1;
		for (var all = root.eAllContents(); all.hasNext(); all.next()) {
			count++;
		}
		return count;
	}

	static long size(Path file) throws CommandException {
		try {
			return Files.size(file);
		} catch (IOException unreadable) {
			throw CommandException.failure(unreadable.toString());
		}
	}

	static Path save(Portfolio portfolio, String file) throws CommandException {
		Path path = Path.of(file).toAbsolutePath();
		Resource resource = new PortfolioResourceFactory().createResource(URI.createFileURI(path.toString()));
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().add(portfolio);
		try {
			resource.save(Map.of());
		} catch (IOException failure) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_notSaved, file, failure.getMessage()));
		}
		return path;
	}
}
