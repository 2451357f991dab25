package org.civitas.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.civitas.diagram.core.Drawing;
import org.civitas.diagram.core.Drawings;
import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.expressions.ExpressionEngine;
import org.civitas.diagram.core.files.RepresentationFiles;
import org.civitas.diagram.core.representation.Representation;
import org.civitas.diagram.core.scene.ElementProblems;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.spec.Viewpoints;
import org.civitas.diagram.ui.canvas.DiagramCanvas;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * Shows a {@code .diagram} file: its model brought up to date and drawn by the engine, as
 * export draws it. Work in progress of issue 7: viewing only.
 */
public class DiagramEditor extends EditorPart {

	/** Id of the editor, as registered in {@code plugin.xml}. */
	public static final String ID = "org.civitas.diagram.ui.editor"; //$NON-NLS-1$

	private DiagramCanvas canvas;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException(Messages.DiagramEditor_notAFile);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		IFile file = ((IFileEditorInput) getEditorInput()).getFile();
		try {
			Drawing drawing = draw(file);
			canvas = new DiagramCanvas(parent);
			canvas.setScene(drawing.scene());
			setTitleToolTip(drawing.scene().title());
		} catch (IOException unreadable) {
			Label message = new Label(parent, SWT.WRAP);
			message.setText(unreadable.getMessage());
		}
	}

	private static Drawing draw(IFile file) throws IOException {
		Path path = file.getLocation().toFile().toPath();
		Representation representation = RepresentationFiles.load(path);
		IFile modelFile = file.getParent().getFile(new org.eclipse.core.runtime.Path(representation.getModel()));
		Resource model = new ResourceSetImpl().getResource(
				URI.createPlatformResourceURI(modelFile.getFullPath().toString(), true), false);
		if (model == null) {
			model = new ResourceSetImpl().createResource(
					URI.createPlatformResourceURI(modelFile.getFullPath().toString(), true));
			model.load(Map.of());
		}
		EObject root = ElementIds.resolve(model, representation.getRoot());
		if (root == null) {
			throw new IOException(NLS.bind(Messages.DiagramEditor_rootMissing, representation.getRoot(),
					representation.getModel()));
		}
		DiagramType type = Viewpoints.contributed(ExpressionEngine.withContributedServices())
				.find(representation.getViewpoint(), representation.getDescription())
				.orElseThrow(() -> new IOException(NLS.bind(Messages.DiagramEditor_unknownKind,
						representation.getViewpoint(), representation.getDescription())));
		return Drawings.refresh(type, representation, root, ElementProblems.NONE);
	}

	/** The canvas showing the diagram, or {@code null} when the file could not be drawn. */
	public DiagramCanvas canvas() {
		return canvas;
	}

	@Override
	public void setFocus() {
		if (canvas != null) {
			canvas.setFocus();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// Viewing only: nothing changes, so there is nothing to save.
	}

	@Override
	public void doSaveAs() {
		// Viewing only.
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
