package org.civitas.ui.emf.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.civitas.emf.document.WorkspaceFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * What an editor of a model document does when others change its files on disk (a text
 * editor, a version control update, a script). Changes are noted when they happen and dealt
 * with when the editor is in front, or at once if nothing is unsaved: a clean document follows
 * the files, a dirty one asks which version to keep. A moved file is followed; an editor whose
 * file or model was deleted closes, asking first if that would lose changes.
 */
public final class ExternalChanges {

	private final IEditorPart part;
	private final ModelDocument document;
	private final Supplier<IFile> ownFile;
	private final Consumer<IFile> ownFileMoved;
	private final IResourceChangeListener watcher = this::workspaceChanged;
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == part) {
				handle();
			}
		}
	};
	private boolean changed;
	private boolean deleted;

	/**
	 * @param ownFile      the file the editor was opened on
	 * @param ownFileMoved what the editor does when that file is moved or renamed (the document
	 *                     already follows a moved model)
	 */
	public ExternalChanges(IEditorPart part, ModelDocument document, Supplier<IFile> ownFile,
			Consumer<IFile> ownFileMoved) {
		this.part = part;
		this.document = document;
		this.ownFile = ownFile;
		this.ownFileMoved = ownFileMoved;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
		part.getSite().getPage().addPartListener(activation);
	}

	private void workspaceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		List<IFile> watched = new ArrayList<>();
		watched.add(ownFile.get());
		document.files().stream().map(WorkspaceFiles::fileOf).filter(file -> file != null && !watched.contains(file))
				.forEach(watched::add);
		boolean noted = false;
		for (IFile file : watched) {
			IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
			if (delta == null) {
				continue;
			}
			if (delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
				followMove(file, ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath()));
			} else if (delta.getKind() == IResourceDelta.REMOVED) {
				URI removed = WorkspaceFiles.uriOf(file);
				boolean model = removed.equals(document.getUri());
				if (!model) {
					document.dropCompanion(removed);
				}
				deleted |= model || file.equals(ownFile.get());
				noted = true;
			} else if ((delta.getFlags() & IResourceDelta.CONTENT) != 0
					&& document.changedByOthers(WorkspaceFiles.uriOf(file))) {
				changed = true;
				noted = true;
			}
		}
		if (noted) {
			part.getSite().getShell().getDisplay().asyncExec(() -> {
				if (part.getSite().getPage().getActivePart() == part || !document.isDirty()) {
					handle();
				}
			});
		}
	}

	private void followMove(IFile from, IFile to) {
		URI previous = WorkspaceFiles.uriOf(from);
		boolean model = previous.equals(document.getUri());
		document.moved(previous, WorkspaceFiles.uriOf(to));
		if (model) {
			ModelDocuments.relocated(document, previous);
		}
		if (from.equals(ownFile.get())) {
			part.getSite().getShell().getDisplay().asyncExec(() -> ownFileMoved.accept(to));
		}
	}

	/** Deals with the changes noted, now that the editor is in front or has nothing to lose. */
	private void handle() {
		if (deleted) {
			deleted = false;
			changed = false;
			if (!document.isDirty() || !MessageDialog.openQuestion(part.getSite().getShell(),
					Messages.ExternalChanges_deletedTitle, NLS.bind(Messages.ExternalChanges_deleted,
							ownFile.get().getFullPath()))) {
				part.getSite().getPage().closeEditor(part, false);
			}
			return;
		}
		if (!changed) {
			return;
		}
		changed = false;
		if (document.files().stream().noneMatch(document::changedByOthers)) {
			return; // another editor of the document has dealt with it
		}
		document.rememberStamps();
		if (document.isDirty() && !MessageDialog.openQuestion(part.getSite().getShell(),
				Messages.ExternalChanges_changedTitle, NLS.bind(Messages.ExternalChanges_changed,
						document.getUri().toPlatformString(true)))) {
			return;
		}
		document.reload();
	}

	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(watcher);
		if (part.getSite() != null && part.getSite().getPage() != null) {
			part.getSite().getPage().removePartListener(activation);
		}
	}
}
