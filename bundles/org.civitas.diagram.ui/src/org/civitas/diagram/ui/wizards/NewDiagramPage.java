package org.civitas.diagram.ui.wizards;

import java.io.IOException;
import java.util.List;

import org.civitas.diagram.core.spec.DiagramType;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The New Diagram page: which model, which kind of diagram, and its name. */
final class NewDiagramPage extends WizardPage {

	private final NewDiagramWizard wizard;
	private final List<IFile> models;
	private final IFile preselected;
	private Combo modelChoice;
	private org.eclipse.swt.widgets.List kindChoice;
	private Text nameField;
	private EObject root;
	private List<DiagramType> kinds = List.of();
	/** Whether the user typed a name; until then the name follows the kind. */
	private boolean named;

	NewDiagramPage(NewDiagramWizard wizard, List<IFile> models, IFile preselected) {
		super("newDiagram"); //$NON-NLS-1$
		this.wizard = wizard;
		this.models = models;
		this.preselected = preselected;
		setTitle(Messages.NewDiagramPage_title);
		setDescription(Messages.NewDiagramPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.NewDiagramPage_model);
		modelChoice = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(modelChoice);
		models.forEach(model -> modelChoice.add(model.getFullPath().toString()));
		new Label(page, SWT.NONE).setText(Messages.NewDiagramPage_kind);
		kindChoice = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(kindChoice);
		new Label(page, SWT.NONE).setText(Messages.NewDiagramPage_name);
		nameField = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(nameField);
		modelChoice.addListener(SWT.Selection, event -> modelChosen());
		kindChoice.addListener(SWT.Selection, event -> kindChosen());
		nameField.addListener(SWT.Modify, event -> {
			named = nameField.isFocusControl();
			validate();
		});
		int index = preselected == null ? -1 : models.indexOf(preselected);
		if (index >= 0 || models.size() == 1) {
			modelChoice.select(Math.max(index, 0));
			modelChosen();
		}
		setControl(page);
		validate();
	}

	private void modelChosen() {
		kindChoice.removeAll();
		root = null;
		kinds = List.of();
		setErrorMessage(null);
		try {
			root = wizard.rootOf(modelFile());
			kinds = wizard.kindsFor(root);
		} catch (IOException unreadable) {
			setErrorMessage(unreadable.getMessage());
		}
		kinds.forEach(kind -> kindChoice.add(kind.label()));
		if (!kinds.isEmpty()) {
			kindChoice.select(0);
			kindChosen();
		}
		validate();
	}

	private void kindChosen() {
		if (!named && kind() != null) {
			nameField.setText(kind().label());
		}
		validate();
	}

	private void validate() {
		String problem = null;
		if (modelChoice.getSelectionIndex() < 0) {
			problem = models.isEmpty() ? Messages.NewDiagramPage_noModels : Messages.NewDiagramPage_chooseModel;
		} else if (root == null && getErrorMessage() == null) {
			problem = NLS.bind(Messages.NewDiagramPage_emptyModel, modelFile().getName());
		} else if (kinds.isEmpty() && getErrorMessage() == null) {
			problem = Messages.NewDiagramPage_noKinds;
		} else if (nameField.getText().isBlank()) {
			problem = Messages.NewDiagramPage_noName;
		}
		if (getErrorMessage() == null) {
			setMessage(problem, problem == null ? NONE : INFORMATION);
		}
		setPageComplete(problem == null && getErrorMessage() == null);
	}

	IFile modelFile() {
		return models.get(modelChoice.getSelectionIndex());
	}

	DiagramType kind() {
		int index = kindChoice.getSelectionIndex();
		return index < 0 ? null : kinds.get(index);
	}

	EObject root() {
		return root;
	}

	String diagramName() {
		return nameField.getText().trim();
	}
}
