package org.civitas.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.civitas.emf.compare.Conflict;
import org.civitas.emf.compare.ConflictFile;
import org.civitas.emf.compare.DiffText;
import org.civitas.emf.compare.LayoutNote;
import org.civitas.emf.compare.MergeResult;
import org.civitas.emf.compare.ThreeWayMerge;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civitas merge BASE OURS THEIRS [--path P]}: merges theirs' changes into ours, both
 * made from base, element by element; as Git's merge driver ({@code %O %A %B --path %P}). The
 * result replaces OURS, and always loads: conflicts keep ours and are listed in the companion
 * file beside the model, the exit code then says that some remain.
 */
@Command(name = "merge")
final class MergeCommand extends CivitasCommand {

	@Parameters(index = "0", paramLabel = "BASE", descriptionKey = "base")
	private String base;

	@Parameters(index = "1", paramLabel = "OURS", descriptionKey = "ours")
	private String ours;

	@Parameters(index = "2", paramLabel = "THEIRS", descriptionKey = "theirs")
	private String theirs;

	@Option(names = "--path", paramLabel = "P")
	private String path;

	@Override
	void run() throws CommandException {
		Path model = Path.of(path != null ? path : ours);
		String name = model.getFileName().toString();
		// All three are read before anything is written: a version that cannot be read leaves OURS
		// as it was. Base first (it sets up the metamodel's registrations), then ours and theirs at once.
		Resource baseVersion = ModelVersions.load(base, model, NLS.bind(Messages.MergeCommand_base, name));
		CompletableFuture<Resource> theirsLoading = ModelVersions.loadAsync(theirs, model, NLS.bind(Messages.MergeCommand_theirs, name));
		Resource oursVersion = ModelVersions.load(ours, model, NLS.bind(Messages.MergeCommand_ours, name));
		Resource theirsVersion = ModelVersions.joined(theirsLoading);
		EObject oursRoot = ModelVersions.root(oursVersion);
		for (Resource version : new Resource[] { baseVersion, theirsVersion }) {
			if (ModelVersions.root(version).eClass() != oursRoot.eClass()) {
				throw CommandException.failure(NLS.bind(Messages.MergeCommand_otherKind, new Object[] { version.getURI().toFileString(),
						ModelVersions.root(version).eClass().getName(), oursRoot.eClass().getName() }));
			}
		}
		DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
		MergeResult result = ThreeWayMerge.merge(ModelVersions.root(baseVersion), oursRoot, ModelVersions.root(theirsVersion), words);
		ModelVersions.save(oursVersion, ours);
		ConflictsCommand.writeCompanion(model, result.conflicts());
		out.println(NLS.bind(Messages.MergeCommand_merged, name, result.applied()));
		for (LayoutNote note : result.notes()) {
			out.println(NLS.bind(Messages.MergeCommand_note, note.text()));
		}
		if (!result.clean()) {
			out.println(NLS.bind(Messages.MergeCommand_conflicts, new Object[] { name, result.conflicts().size(),
					ConflictFile.of(model) }));
			int number = 1;
			for (Conflict conflict : result.conflicts()) {
				out.println(ConflictsCommand.line(number++, conflict));
			}
			out.println(NLS.bind(Messages.MergeCommand_settle, model));
			out.flush();
			throw CommandException.reported(CommandException.CONFLICTS);
		}
	}
}
