package org.civitas.interchange.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.civitas.interchange.TableFormats;
import org.civitas.ui.emf.files.ModelFileField;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The export's one page: which model, in which format, where, and whether as a template. */
final class ExportPage extends WizardPage {

	static final String MODEL_ID = "interchange.export.model"; //$NON-NLS-1$
	static final String FORMAT_ID = "interchange.export.format"; //$NON-NLS-1$
	static final String TARGET_ID = "interchange.export.target"; //$NON-NLS-1$
	static final String TEMPLATE_ID = "interchange.export.template"; //$NON-NLS-1$

	/** What the page's fields say, checked. */
	record Choice(IFile model, TableFormats.Descriptor format, Path target, boolean template) {
	}

	private final IFile initialModel;
	private final List<TableFormats.Descriptor> formats = SpreadsheetExportWizard.writingFormats();
	private ModelFileField model;
	private Combo format;
	private Text target;
	private Button template;
	private Choice choice;

	ExportPage(IFile initialModel) {
		super("export"); //$NON-NLS-1$
		this.initialModel = initialModel;
		setTitle(Messages.ExportPage_title);
		setDescription(Messages.ExportPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		model = new ModelFileField(page, Messages.ExportPage_model, MODEL_ID, initialModel,
				SpreadsheetExportWizard.MODEL_EXTENSION);

		new Label(page, SWT.NONE).setText(Messages.ExportPage_format);
		format = new Combo(page, SWT.READ_ONLY);
		format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		format.setData(WidgetIds.KEY, FORMAT_ID);
		formats.forEach(descriptor -> format.add(NLS.bind(Messages.ExportPage_formatEntry, descriptor.name(),
				descriptor.folder() ? NLS.bind(Messages.ExportPage_folderOf, descriptor.extension()) : '.' + descriptor.extension())));
		if (!formats.isEmpty()) {
			format.select(0);
		}

		new Label(page, SWT.NONE).setText(Messages.ExportPage_target);
		target = new Text(page, SWT.BORDER);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		target.setData(WidgetIds.KEY, TARGET_ID);
		Button browseTarget = new Button(page, SWT.PUSH);
		browseTarget.setText(Messages.ExportPage_browseTarget);
		browseTarget.addListener(SWT.Selection, event -> browseTarget());

		template = new Button(page, SWT.CHECK);
		template.setText(Messages.ExportPage_template);
		template.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		template.setData(WidgetIds.KEY, TEMPLATE_ID);

		proposeTarget();
		model.onChange(event -> proposeTarget());
		format.addListener(SWT.Selection, event -> proposeTarget());
		template.addListener(SWT.Selection, event -> proposeTarget());
		target.addModifyListener(event -> validate());
		setControl(page);
		InterchangeHelp.set(page, InterchangeHelp.EXPORT_PAGE);
		validate();
	}

	/** Beside the model: {@code MODEL.xlsx}, the folder {@code MODEL}, or {@code MODEL-template.xlsx}. */
	private void proposeTarget() {
		IFile file = model.file();
		if (file == null || format.getSelectionIndex() < 0 || file.getLocation() == null) {
			validate();
			return;
		}
		String stem = file.getFullPath().removeFileExtension().lastSegment() + (template.getSelection() ? "-template" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		target.setText(formats.get(format.getSelectionIndex()).target(file.getLocation().toFile().toPath().getParent(), stem)
				.toString());
		validate();
	}

	private void browseTarget() {
		TableFormats.Descriptor chosenFormat = formats.get(format.getSelectionIndex());
		String chosen;
		if (chosenFormat.folder()) {
			chosen = new DirectoryDialog(getShell(), SWT.SAVE).open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*." + chosenFormat.extension() }); //$NON-NLS-1$
			dialog.setOverwrite(true);
			chosen = dialog.open();
		}
		if (chosen != null) {
			target.setText(chosen);
		}
	}

	private void validate() {
		choice = null;
		String problem = check();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String check() {
		IFile file = model.file();
		if (file == null) {
			return model.problem();
		}
		if (format.getSelectionIndex() < 0) {
			return Messages.ExportPage_noFormat;
		}
		TableFormats.Descriptor chosenFormat = formats.get(format.getSelectionIndex());
		Path path;
		try {
			path = Path.of(target.getText().strip());
		} catch (InvalidPathException notAPath) {
			return NLS.bind(Messages.ExportPage_badTarget, target.getText());
		}
		if (target.getText().isBlank()) {
			return Messages.ExportPage_noTarget;
		}
		if (!chosenFormat.folder() && Files.isDirectory(path)) {
			return NLS.bind(Messages.ExportPage_targetIsFolder, path);
		}
		choice = new Choice(file, chosenFormat, path, template.getSelection());
		return null;
	}

	Choice choice() {
		return choice;
	}
}
