package org.civitas.emf.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless, as command-line tools and toolsmiths' tools use it, and as the editors share it.
 * A model file open in several editors is one document: one resource set, one stack, one
 * dirty state; files beside the model (its diagrams) join it and are saved with it; reading
 * the files again starts a new history; an unreadable file says where it broke.
 */
class ModelDocumentTest {

	private IProject project;
	private IFile model;
	private IFile companion;
	private final List<ModelDocument> acquired = new ArrayList<>();

	@BeforeEach
	void files() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("documents-" + System.nanoTime());
		project.create(null);
		project.open(null);
		model = write("services.ecore", ecore("services"));
		companion = write("services.layout.ecore", ecore("layout"));
	}

	@AfterEach
	void release() throws Exception {
		acquired.forEach(document -> ModelDocuments.release(document, this));
		project.delete(true, null);
	}

	private IFile write(String name, String content) throws Exception {
		IFile file = project.getFile(name);
		ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, IResource.FORCE, null);
		} else {
			file.create(bytes, IResource.FORCE, null);
		}
		return file;
	}

	private static String ecore(String name) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EPackage xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\""
				+ name + "\" nsURI=\"http://example.org/" + name + "\" nsPrefix=\"" + name + "\"/>\n";
	}

	private ModelDocument acquire() {
		ModelDocument document = ModelDocuments.acquire(WorkspaceFiles.uriOf(model));
		acquired.add(document);
		return document;
	}

	private static SetCommand rename(ModelDocument document, Resource resource, String name) {
		return new SetCommand(document.getEditingDomain(), resource.getContents().get(0),
				EcorePackage.Literals.ENAMED_ELEMENT__NAME, name);
	}

	@Test
	void editorsOfOneFileShareOneDocumentUntilTheLastCloses() {
		ModelDocument first = acquire();
		ModelDocument second = acquire();
		assertSame(first, second);
		ModelDocuments.release(acquired.remove(1), this);
		assertSame(first, ModelDocuments.find(WorkspaceFiles.uriOf(model)), "one editor still has it");
		ModelDocuments.release(acquired.remove(0), this);
		assertNull(ModelDocuments.find(WorkspaceFiles.uriOf(model)));
	}

	@Test
	void onlyTheLastEditorToCloseOffersToSave() throws Exception {
		ModelDocument document = acquire();
		acquire();
		document.load();
		document.getCommandStack().execute(rename(document, document.getResource(), "edited"));
		Object treeEditor = new Object();
		Object diagramEditor = new Object();
		assertFalse(ModelDocuments.saveOnClose(document, treeEditor), "the diagram stays open with the change");
		assertTrue(ModelDocuments.saveOnClose(document, diagramEditor), "closing both (Close All, exit) asks once");
		ModelDocuments.release(acquired.remove(1), treeEditor);
		assertTrue(ModelDocuments.saveOnClose(document, diagramEditor), "the last editor asks");
		document.getCommandStack().undo();
		assertFalse(ModelDocuments.saveOnClose(document, diagramEditor), "nothing to save, nothing to ask");
	}

	@Test
	void aCompanionIsEditedOnTheSameStackAndSavedWithTheModel() throws Exception {
		ModelDocument document = acquire();
		document.load();
		Resource layout = document.companion(WorkspaceFiles.uriOf(companion));
		assertSame(document.getEditingDomain().getResourceSet(), layout.getResourceSet());
		List<String> heard = new ArrayList<>();
		document.addListener(new ModelDocument.Listener() {
			@Override
			public void dirtyChanged() {
				heard.add("saved");
			}
		});

		document.getCommandStack().execute(rename(document, layout, "arranged"));
		assertTrue(document.isDirty());
		document.save();
		assertFalse(document.isDirty());
		assertEquals(List.of("saved"), heard);
		companion.refreshLocal(IResource.DEPTH_ZERO, null);
		String saved = new String(companion.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("name=\"arranged\""), saved);
	}

	@Test
	void itsOwnSaveIsNotAChangeByOthersButAnotherWriterIs() throws Exception {
		ModelDocument document = acquire();
		document.load();
		URI modelUri = WorkspaceFiles.uriOf(model);
		List<Boolean> seenDuringTheSave = new ArrayList<>();
		// Plain XMI is written through the workspace: its change is announced while the save goes on.
		IResourceChangeListener editorWatch = event -> seenDuringTheSave.add(document.changedByOthers(modelUri));
		ResourcesPlugin.getWorkspace().addResourceChangeListener(editorWatch, IResourceChangeEvent.POST_CHANGE);
		try {
			document.getCommandStack().execute(rename(document, document.getResource(), "renamed"));
			document.save();
		} finally {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(editorWatch);
		}
		assertFalse(seenDuringTheSave.isEmpty(), "the workspace announced the saved file");
		assertFalse(seenDuringTheSave.contains(true), "the document's own save was taken for someone else's change");
		assertFalse(document.changedByOthers(modelUri));

		write("services.ecore", ecore("rewritten"));
		assertTrue(document.changedByOthers(modelUri), "a change made by another writer is noticed");
	}

	@Test
	void readingAgainTakesTheFilesAsTheyAreAndStartsANewHistory() throws Exception {
		ModelDocument document = acquire();
		document.load();
		document.getCommandStack().execute(rename(document, document.getResource(), "edited"));
		List<String> heard = new ArrayList<>();
		document.addListener(new ModelDocument.Listener() {
			@Override
			public void reloading() {
				heard.add("reloading");
			}

			@Override
			public void reloaded() {
				heard.add("reloaded");
			}
		});
		write("services.ecore", ecore("changed-elsewhere"));
		assertTrue(document.changedByOthers(WorkspaceFiles.uriOf(model)));

		document.reload().join();
		assertEquals("changed-elsewhere", ((EPackage) document.getRoot()).getName());
		assertFalse(document.getCommandStack().canUndo());
		assertFalse(document.isDirty());
		assertFalse(document.changedByOthers(WorkspaceFiles.uriOf(model)));
		assertEquals(List.of("reloading", "reloaded"), heard);
	}

	@Test
	void anUnreadableModelSaysWhereAndIsLeftAlone() throws Exception {
		String broken = "<?xml version=\"1.0\"?>\n<ecore:EPackage xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\"\n  name=\"x\" <\n";
		write("services.ecore", broken);
		ModelDocument document = acquire();
		document.load();
		assertNull(document.getResource());
		assertNotNull(document.getLoadProblem());
		assertEquals(3, document.getLoadProblem().line(), document.getLoadProblem().toString());
		assertTrue(document.getLoadProblem().toString().contains("services.ecore"));
		assertEquals(broken, new String(model.getContents().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void aPlainFileOutsideAnyWorkspaceIsEditedUndoneAndSavedWithItsCompanion(@TempDir Path folder) throws Exception {
		Path modelFile = Files.writeString(folder.resolve("plain.ecore"), ecore("plain"));
		Path layoutFile = Files.writeString(folder.resolve("plain.layout.ecore"), ecore("layout"));
		ModelDocument document = ModelDocuments.acquire(URI.createFileURI(modelFile.toString()));
		acquired.add(document);
		document.load();
		Resource layout = document.companion(URI.createFileURI(layoutFile.toString()));
		// A trigger adds the companion's follow-up to each change of the model, as an open diagram does.
		document.getCommandStack().addTrigger(command -> command.getAffectedObjects().contains(document.getRoot())
				? rename(document, layout, "follows " + ((EPackage) document.getRoot()).getName())
				: null);

		Command edit = rename(document, document.getResource(), "edited");
		document.getCommandStack().execute(edit);
		assertEquals("follows edited", ((EPackage) layout.getContents().get(0)).getName());
		document.getCommandStack().undo();
		assertEquals("plain", ((EPackage) document.getRoot()).getName());
		assertEquals("layout", ((EPackage) layout.getContents().get(0)).getName(), "one undo takes back the follow-up too");
		document.getCommandStack().redo();
		document.save();

		assertFalse(document.isDirty());
		assertTrue(Files.readString(modelFile).contains("name=\"edited\""), Files.readString(modelFile));
		assertTrue(Files.readString(layoutFile).contains("name=\"follows edited\""), Files.readString(layoutFile));
		assertFalse(document.changedByOthers(document.getUri()), "only workspace files are watched for others' changes");
	}
}
