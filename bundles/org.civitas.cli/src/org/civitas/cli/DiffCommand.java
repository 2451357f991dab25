package org.civitas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

import org.civitas.emf.compare.Change;
import org.civitas.emf.compare.ChangeSummary;
import org.civitas.emf.compare.DiffText;
import org.civitas.emf.compare.ModelComparison;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas diff OLD NEW [--format text|json]}: what changed from one version of a model to
 * another, element by element, matched by ID, in the editor's words. Given the seven arguments
 * Git passes to an external diff command ({@code PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX
 * NEW-MODE}), it compares the two files, so that {@code git diff} shows semantic changes.
 */
@Command(name = "diff")
final class DiffCommand extends CivitasCommand {

	/** How many arguments Git passes to {@code diff.<driver>.command}. */
	private static final int GIT_ARGUMENTS = 7;

	@Parameters(paramLabel = "FILE", descriptionKey = "operands", arity = "2..7")
	private List<String> files;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
	private String format;

	@Override
	void run() throws CommandException {
		if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw CommandException.usage(NLS.bind(Messages.DiffCommand_badFormat, format));
		}
		if (files.size() != 2 && files.size() != GIT_ARGUMENTS) {
			throw CommandException.usage(NLS.bind(Messages.DiffCommand_operands, files.size()));
		}
		boolean git = files.size() == GIT_ARGUMENTS;
		String oldFile = git ? files.get(1) : files.get(0);
		String newFile = git ? files.get(4) : files.get(1);
		// Git names the model's path first; its own temporary files may lack the extension.
		Path kind = Path.of(git ? files.get(0) : newFile);
		CompletableFuture<Resource> newLoading = ModelVersions.loadAsync(newFile, kind, newFile);
		EObject oldRoot = ModelVersions.root(ModelVersions.load(oldFile, kind, oldFile));
		EObject newRoot = ModelVersions.root(ModelVersions.joined(newLoading));
		List<Change> changes = ModelComparison.changes(oldRoot, newRoot);
		DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
		if (format.equals("json")) { //$NON-NLS-1$
			out.println(json(changes, words));
			return;
		}
		if (git) {
			out.println(NLS.bind(Messages.DiffCommand_gitHeader, files.get(0)));
		}
		if (changes.isEmpty()) {
			out.println(Messages.DiffCommand_none);
		}
		words.lines(changes).forEach(out::println);
	}

	private static String json(List<Change> changes, DiffText words) {
		StringJoiner array = new StringJoiner(",", "[", "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Change change : changes) {
			EObject element = ChangeSummary.element(change);
			array.add("{\"kind\":" + Json.string(change.getClass().getSimpleName()) + ",\"element\":" //$NON-NLS-1$ //$NON-NLS-2$
					+ Json.string(EcoreUtil.getID(element)) + ",\"type\":" + Json.string(element.eClass().getName()) //$NON-NLS-1$
					+ ",\"text\":" + Json.string(words.line(change)) + '}'); //$NON-NLS-1$
		}
		return "{\"changes\":" + array + '}'; //$NON-NLS-1$
	}
}
