package org.civitas.diagram.ui.wizards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.LoadedViewpoint;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.diagram.ui.editor.DiagramEditor;
import org.civitas.diagram.ui.editor.DiagramFiles;
import org.civitas.emf.document.ModelDocument;
import org.civitas.emf.document.ModelDocuments;
import org.civitas.emf.document.WorkspaceFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Diagram: a diagram of an installed kind on a model in the workspace, created
 * beside the model, laid out and opened. Models come from every viewpoint's model file
 * extension; kinds are those whose root class and precondition accept the model's root, or
 * the model element selected when the wizard opened.
 */
public class NewDiagramWizard extends Wizard implements INewWizard {

	private final Viewpoints viewpoints = Viewpoints.contributed(ExpressionEngine.withContributedServices());
	private IWorkbench workbench;
	private IFile preselected;
	private String selectedElement;
	private NewDiagramPage page;

	@Override
	public void init(IWorkbench target, IStructuredSelection selection) {
		this.workbench = target;
		setWindowTitle(Messages.NewDiagramWizard_title);
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IFile file) {
			preselected = file;
		} else if (first instanceof EObject element && element.eResource() != null) {
			preselected = WorkspaceFiles.fileOf(element.eResource().getURI());
			selectedElement = ElementIds.idOf(element);
		}
	}

	@Override
	public void addPages() {
		page = new NewDiagramPage(this, modelFiles(), preselected, selectedElement);
		addPage(page);
	}

	/** The workspace files some installed viewpoint draws. */
	private List<IFile> modelFiles() {
		Set<String> extensions = new TreeSet<>();
		for (LoadedViewpoint loaded : viewpoints.all()) {
			if (loaded.viewpoint().getModelFileExtension() != null) {
				extensions.add(loaded.viewpoint().getModelFileExtension());
			}
		}
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && extensions.contains(file.getFileExtension())) {
					files.add(file);
				}
				return resource.getType() != IResource.FILE;
			});
		} catch (CoreException unreadable) {
			page.setErrorMessage(unreadable.getMessage());
		}
		return files;
	}

	/**
	 * The root of a model: from its open editors' document if there is one (unsaved changes
	 * included), else read from the file.
	 */
	EObject rootOf(IFile modelFile) throws IOException {
		ModelDocument open = ModelDocuments.find(WorkspaceFiles.uriOf(modelFile));
		if (open != null && open.getRoot() != null) {
			return open.getRoot();
		}
		Resource resource = new ResourceSetImpl().createResource(WorkspaceFiles.uriOf(modelFile));
		try {
			resource.load(null);
		} catch (IOException | RuntimeException unreadable) {
			throw new IOException(NLS.bind(Messages.NewDiagramWizard_unreadable, modelFile.getFullPath(),
					unreadable.getMessage()), unreadable);
		}
		return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}

	/** The kinds of diagram that can be drawn on an element (a model's root, or an element in it). */
	List<DiagramType> kindsFor(EObject element) {
		return element == null ? List.of() : viewpoints.applicableTo(element);
	}

	@Override
	public boolean performFinish() {
		try {
			IFile created = DiagramFiles.create(page.modelFile(), page.kind(), page.drawnOn(), page.diagramName());
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created, DiagramEditor.ID);
			return true;
		} catch (IOException | CoreException failed) {
			ErrorDialog.openError(getShell(), Messages.NewDiagramWizard_failedTitle, null,
					Status.error(NLS.bind(Messages.NewDiagramWizard_failed, String.valueOf(failed.getMessage())), failed));
			return false;
		}
	}
}
