package org.civitas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.civitas.emf.xmi.ModelVersion;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * Versions of one model for comparing and merging: Git hands them over in temporary files
 * without the model's extension, so the kind of model comes from the path the model has in
 * the repository. Each failure is one line naming the file, its line and column, and which
 * version it is.
 */
final class ModelVersions {

	private ModelVersions() {
	}

	/**
	 * The resource of {@code file}, read as a model of the kind {@code kind} names.
	 *
	 * @param version which version this is ("theirs version of grants.portfolio"), for messages
	 */
	static Resource load(String file, Path kind, String version) throws CommandException {
		Path path = InputFiles.requireReadable(file);
		try {
			return ModelVersion.read(Files.newInputStream(path), URI.createFileURI(path.toAbsolutePath().toString()),
					URI.createFileURI(kind.toString()));
		} catch (IOException unreadable) {
			throw CommandException.failure(NLS.bind(Messages.ModelVersions_unreadable, unreadable.getMessage(), version));
		}
	}

	/**
	 * Loads in another thread, beside one the caller loads: a second processor halves the
	 * waiting. Resource sets are per version; the metamodel's registrations are only read.
	 */
	static CompletableFuture<Resource> loadAsync(String file, Path kind, String version) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return load(file, kind, version);
			} catch (CommandException unreadable) {
				throw new CompletionException(unreadable);
			}
		});
	}

	/** The loaded resource, or the load's own failure. */
	static Resource joined(CompletableFuture<Resource> loading) throws CommandException {
		try {
			return loading.join();
		} catch (CompletionException failed) {
			if (failed.getCause() instanceof CommandException unreadable) {
				throw unreadable;
			}
			throw failed;
		}
	}

	static EObject root(Resource resource) {
		return resource.getContents().get(0);
	}

	/** Saves the resource over its file, whole or not at all. */
	static void save(Resource resource, String file) throws CommandException {
		try {
			resource.save(Map.of());
		} catch (IOException | RuntimeException failure) {
			throw CommandException.failure(NLS.bind(Messages.PortfolioFiles_notSaved, file, failure.getMessage()));
		}
	}
}
