package org.civitas.diagram.ui.wizards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.civitas.diagram.core.ElementIds;
import org.civitas.diagram.core.spec.DiagramType;
import org.civitas.diagram.core.sync.DiagramProblems;
import org.civitas.diagram.ui.editor.HelpContexts;
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

/**
 * The New Diagram page: which model, which kind of diagram on which element, and its name. The
 * kinds are those of the model's root, then, when an element of the model was selected, those
 * drawn on that element ("Service context of Payroll").
 */
final class NewDiagramPage extends WizardPage {

	/** A kind of diagram and the element it would be drawn on. */
	private record Choice(DiagramType kind, EObject on, String label) {
	}

	private final NewDiagramWizard wizard;
	private final List<IFile> models;
	private final IFile preselected;
	/** The identifier of the element selected when the wizard opened, in {@link #preselected}, or {@code null}. */
	private final String selectedElement;
	private Combo modelChoice;
	private org.eclipse.swt.widgets.List kindChoice;
	private Text nameField;
	private EObject root;
	private List<Choice> choices = List.of();
	/** Whether the user typed a name; until then the name follows the kind. */
	private boolean named;

	NewDiagramPage(NewDiagramWizard wizard, List<IFile> models, IFile preselected, String selectedElement) {
		super("newDiagram"); //$NON-NLS-1$
		this.wizard = wizard;
		this.models = models;
		this.preselected = preselected;
		this.selectedElement = selectedElement;
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
		HelpContexts.set(page, HelpContexts.NEW_DIAGRAM_WIZARD);
		setControl(page);
		validate();
	}

	private void modelChosen() {
		kindChoice.removeAll();
		root = null;
		choices = new ArrayList<>();
		setErrorMessage(null);
		try {
			root = wizard.rootOf(modelFile());
			wizard.kindsFor(root).forEach(kind -> choices.add(new Choice(kind, root, kind.label())));
			EObject selected = modelFile().equals(preselected) && root != null
					? ElementIds.resolve(root.eResource(), selectedElement)
					: null;
			if (selected != null && selected != root) {
				for (DiagramType kind : wizard.kindsFor(selected)) {
					choices.add(new Choice(kind, selected,
							NLS.bind(Messages.NewDiagramPage_kindOn, kind.label(), DiagramProblems.labelOf(selected))));
				}
			}
		} catch (IOException unreadable) {
			setErrorMessage(unreadable.getMessage());
		}
		choices.forEach(choice -> kindChoice.add(choice.label()));
		if (!choices.isEmpty()) {
			// What was selected is what the user most likely wants to draw.
			kindChoice.select(firstOnSelected());
			kindChosen();
		}
		validate();
	}

	/** The first kind drawn on the selected element, or the first kind when nothing was selected. */
	private int firstOnSelected() {
		for (int i = 0; i < choices.size(); i++) {
			if (choices.get(i).on() != root) {
				return i;
			}
		}
		return 0;
	}

	private void kindChosen() {
		int index = kindChoice.getSelectionIndex();
		if (!named && index >= 0) {
			nameField.setText(choices.get(index).label());
		}
		validate();
	}

	private void validate() {
		String problem = null;
		if (modelChoice.getSelectionIndex() < 0) {
			problem = models.isEmpty() ? Messages.NewDiagramPage_noModels : Messages.NewDiagramPage_chooseModel;
		} else if (root == null && getErrorMessage() == null) {
			problem = NLS.bind(Messages.NewDiagramPage_emptyModel, modelFile().getName());
		} else if (choices.isEmpty() && getErrorMessage() == null) {
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
		return index < 0 ? null : choices.get(index).kind();
	}

	/** The element the chosen kind is drawn on: the model's root, or the element selected. */
	EObject drawnOn() {
		int index = kindChoice.getSelectionIndex();
		return index < 0 ? root : choices.get(index).on();
	}

	String diagramName() {
		return nameField.getText().trim();
	}
}
