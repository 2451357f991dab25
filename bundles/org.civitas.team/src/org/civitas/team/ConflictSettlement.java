package org.civitas.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civitas.emf.compare.Conflict;
import org.civitas.emf.compare.ConflictFile;
import org.civitas.emf.compare.ConflictResolution;
import org.civitas.emf.xmi.ModelVersion;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * Settles open conflicts of a merged model file, as {@code civitas resolve} and the Conflicts
 * view do: keeping ours leaves the model as it is, taking theirs changes it. The model changes
 * only when every chosen conflict can be settled; the companion file keeps the others and goes
 * with the last one.
 */
public final class ConflictSettlement {

	/** A chosen conflict whose theirs no longer fits the model; nothing was changed. */
	public static final class Unsettled extends Exception {
		private static final long serialVersionUID = 1L;

		private final transient Conflict conflict;

		Unsettled(Conflict conflict, String reason) {
			super(reason);
			this.conflict = conflict;
		}

		public Conflict conflict() {
			return conflict;
		}
	}

	private ConflictSettlement() {
	}

	/**
	 * Settles {@code chosen}, some of the model's {@code open} conflicts, on the model file.
	 *
	 * @return the conflicts still open
	 */
	public static List<Conflict> settle(Path model, List<Conflict> open, List<Conflict> chosen, boolean takeTheirs)
			throws IOException, Unsettled {
		if (takeTheirs) {
			URI uri = URI.createFileURI(model.toAbsolutePath().toString());
			Resource resource = ModelVersion.read(Files.newInputStream(model), uri, uri);
			EObject root = resource.getContents().get(0);
			try {
				for (Conflict conflict : chosen) {
					try {
						ConflictResolution.takeTheirs(root, conflict);
					} catch (ConflictResolution.NotApplicable stale) {
						throw new Unsettled(conflict, stale.getMessage());
					}
				}
				resource.save(Map.of());
			} catch (IOException unwritable) {
				throw new IOException(NLS.bind(Messages.ConflictSettlement_notSaved, model, unwritable.getMessage()), unwritable);
			} finally {
				ModelVersion.release(root);
			}
		}
		List<Conflict> remaining = new ArrayList<>(open);
		remaining.removeAll(chosen);
		ConflictFile.write(model, remaining);
		return remaining;
	}
}
