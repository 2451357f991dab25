package org.civitas.interchange.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.civitas.interchange.TableFormats;
import org.civitas.ui.emf.files.ModelFileField;
import org.civitas.ui.emf.files.ModelRoots;
import org.civitas.interchange.TableKind;
import org.civitas.interchange.TableSchema;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The first page of the import: the model, the files to read, the mapping file and the options. */
final class ImportFilesPage extends WizardPage {

	static final String MODEL_ID = "interchange.import.model"; //$NON-NLS-1$
	static final String FILES_ID = "interchange.import.files"; //$NON-NLS-1$
	static final String MAPPING_ID = "interchange.import.mappingFile"; //$NON-NLS-1$
	static final String CLEAR_EMPTY_ID = "interchange.import.clearEmpty"; //$NON-NLS-1$
	static final String DELETE_MISSING_ID = "interchange.import.deleteMissing"; //$NON-NLS-1$

	private final ImportSession session;
	private ModelFileField model;
	private Text files;
	private Text mappingFile;
	private Button clearEmpty;
	private CheckboxTableViewer deleteMissing;
	/** The model whose lists the deletion check boxes show. */
	private IFile listsOf;

	ImportFilesPage(ImportSession session) {
		super("files"); //$NON-NLS-1$
		this.session = session;
		setTitle(Messages.ImportFilesPage_title);
		setDescription(Messages.ImportFilesPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		model = new ModelFileField(page, Messages.ImportFilesPage_model, MODEL_ID, session.model,
				SpreadsheetExportWizard.MODEL_EXTENSION);

		Label filesLabel = label(page, Messages.ImportFilesPage_files);
		filesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		files = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData filesLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
		filesLayout.heightHint = 90;
		files.setLayoutData(filesLayout);
		files.setData(WidgetIds.KEY, FILES_ID);
		files.setMessage(Messages.ImportFilesPage_filesHint);
		Composite fileButtons = new Composite(page, SWT.NONE);
		fileButtons.setLayout(new GridLayout(1, true));
		fileButtons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button(fileButtons, Messages.ImportFilesPage_addFiles, this::addFiles).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button(fileButtons, Messages.ImportFilesPage_addFolder, this::addFolder).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		label(page, Messages.ImportFilesPage_mappingFile);
		mappingFile = new Text(page, SWT.BORDER);
		mappingFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		mappingFile.setData(WidgetIds.KEY, MAPPING_ID);
		mappingFile.setMessage(Messages.ImportFilesPage_mappingHint);
		button(page, Messages.ImportFilesPage_browseMapping, this::browseMapping);

		clearEmpty = new Button(page, SWT.CHECK);
		clearEmpty.setText(Messages.ImportFilesPage_clearEmpty);
		clearEmpty.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		clearEmpty.setData(WidgetIds.KEY, CLEAR_EMPTY_ID);

		Label deleteLabel = new Label(page, SWT.WRAP);
		deleteLabel.setText(Messages.ImportFilesPage_deleteMissing);
		deleteLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		deleteMissing = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
		deleteMissing.setContentProvider(ArrayContentProvider.getInstance());
		GridData listsLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		listsLayout.heightHint = 110;
		deleteMissing.getTable().setLayoutData(listsLayout);
		deleteMissing.getTable().setData(WidgetIds.KEY, DELETE_MISSING_ID);

		clearEmpty.addListener(SWT.Selection, event -> session.clearEmpty = clearEmpty.getSelection());
		deleteMissing.addCheckStateListener(event -> {
			if (event.getChecked()) {
				session.deleteMissing.add((String) event.getElement());
			} else {
				session.deleteMissing.remove(event.getElement());
			}
		});
		model.onChange(event -> validate());
		files.addModifyListener(event -> validate());
		mappingFile.addModifyListener(event -> validate());
		setControl(page);
		InterchangeHelp.set(page, InterchangeHelp.IMPORT_FILES_PAGE);
		validate();
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		List<String> patterns = TableFormats.all().stream().map(format -> "*." + format.extension()).toList(); //$NON-NLS-1$
		dialog.setFilterExtensions(new String[] { String.join(";", patterns), "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { NLS.bind(Messages.ImportFilesPage_tableFiles, String.join(", ", patterns)), //$NON-NLS-1$
				Messages.ImportFilesPage_allFiles });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				append(Path.of(dialog.getFilterPath(), name).toString());
			}
		}
	}

	private void addFolder() {
		String folder = new DirectoryDialog(getShell()).open();
		if (folder != null) {
			append(folder);
		}
	}

	private void append(String path) {
		String current = files.getText().strip();
		files.setText(current.isEmpty() ? path : current + Text.DELIMITER + path);
	}

	private void browseMapping() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.mapping", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			mappingFile.setText(chosen);
		}
	}

	/** Takes what the fields say into the session, or says what is wrong with them. */
	private void validate() {
		String problem = check();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String check() {
		IFile chosenModel = model.file();
		if (chosenModel == null) {
			showListsOf(null);
			return model.problem();
		}
		session.model = chosenModel;
		showListsOf(chosenModel);
		List<Path> chosen = new ArrayList<>();
		for (String line : files.getText().split("\\R")) { //$NON-NLS-1$
			if (line.isBlank()) {
				continue;
			}
			Path path;
			try {
				path = Path.of(line.strip());
			} catch (InvalidPathException notAPath) {
				return NLS.bind(Messages.ImportFilesPage_noSuchFile, line.strip());
			}
			if (!Files.exists(path)) {
				return NLS.bind(Messages.ImportFilesPage_noSuchFile, path);
			}
			if (!Files.isDirectory(path) && TableFormats.reading(path).isEmpty()) {
				return NLS.bind(Messages.ImportFilesPage_unknownFormat, path, TableFormats.all().stream()
						.map(format -> '.' + format.extension()).collect(Collectors.joining(", "))); //$NON-NLS-1$
			}
			chosen.add(path);
		}
		if (chosen.isEmpty()) {
			return Messages.ImportFilesPage_noFiles;
		}
		session.files.clear();
		session.files.addAll(chosen);
		String mapping = mappingFile.getText().strip();
		if (!mapping.isEmpty() && !Files.isRegularFile(Path.of(mapping))) {
			return NLS.bind(Messages.ImportFilesPage_noSuchFile, mapping);
		}
		session.mappingFile = mapping.isEmpty() ? null : Path.of(mapping);
		return null;
	}

	/** The lists of the model, to choose those whose missing rows mean deletion. */
	private void showListsOf(IFile file) {
		if (file == null ? listsOf == null : file.equals(listsOf)) {
			return;
		}
		listsOf = file;
		List<String> lists = List.of();
		if (file != null) {
			try {
				TableSchema schema = TableSchema.of(ModelRoots.forReading(file).eClass(),
						new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
				lists = schema.tables().stream().filter(table -> !table.isRoot()).map(TableKind::name).toList();
			} catch (IOException unreadable) {
				setErrorMessage(unreadable.getMessage());
			}
		}
		deleteMissing.setInput(lists);
		session.deleteMissing.clear();
	}
}
