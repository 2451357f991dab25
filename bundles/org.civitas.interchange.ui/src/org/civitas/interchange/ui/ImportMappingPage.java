package org.civitas.interchange.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civitas.interchange.Column;
import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableKind;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The second page: which list each sheet (or CSV file) fills and which column each header sets,
 * as the names propose; a person changes a choice by selecting the sheet or header and choosing
 * in the list below, and may save the mapping for the next import.
 */
final class ImportMappingPage extends WizardPage {

	static final String TREE_ID = "interchange.import.mapping"; //$NON-NLS-1$
	static final String CHOICE_ID = "interchange.import.mappingChoice"; //$NON-NLS-1$

	private final ImportSession session;
	private Tree tree;
	private Combo choice;
	private Label choiceLabel;
	/** The choices the combo offers for the selected item, {@code null} first for "left out". */
	private final List<Object> choices = new ArrayList<>();

	ImportMappingPage(ImportSession session) {
		super("mapping"); //$NON-NLS-1$
		this.session = session;
		setTitle(Messages.ImportMappingPage_title);
		setDescription(Messages.ImportMappingPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		tree = new Tree(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		tree.setData(WidgetIds.KEY, TREE_ID);
		GridData treeLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		treeLayout.heightHint = 260;
		tree.setLayoutData(treeLayout);
		TreeColumn inFile = new TreeColumn(tree, SWT.LEFT);
		inFile.setText(Messages.ImportMappingPage_inTheFile);
		inFile.setWidth(330);
		TreeColumn into = new TreeColumn(tree, SWT.LEFT);
		into.setText(Messages.ImportMappingPage_importsInto);
		into.setWidth(220);
		tree.addListener(SWT.Selection, event -> showChoices());

		choiceLabel = new Label(page, SWT.NONE);
		choiceLabel.setText(Messages.ImportMappingPage_importsIntoLabel);
		choice = new Combo(page, SWT.READ_ONLY);
		choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		choice.setData(WidgetIds.KEY, CHOICE_ID);
		choice.setEnabled(false);
		choice.addListener(SWT.Selection, event -> choose());
		Button save = new Button(page, SWT.PUSH);
		save.setText(Messages.ImportMappingPage_save);
		save.addListener(SWT.Selection, event -> saveMapping());
		setControl(page);
		InterchangeHelp.set(page, InterchangeHelp.IMPORT_MAPPING_PAGE);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			read();
		}
		super.setVisible(visible);
	}

	/** Reads the files (if they changed since the last time), then shows their sheets and headers. */
	private void read() {
		IOException[] failure = new IOException[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try {
				session.read();
			} catch (IOException unreadable) {
				failure[0] = unreadable;
			}
		});
		if (failure[0] != null) {
			tree.removeAll();
			setErrorMessage(failure[0].getMessage());
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		setPageComplete(true);
		fill();
	}

	/** The sheets, each with its headers, and what the mapping maps them to. */
	private void fill() {
		tree.removeAll();
		for (SourceTable source : session.tables) {
			TreeItem sourceItem = new TreeItem(tree, SWT.NONE);
			sourceItem.setData(source);
			Optional<TableKind> table = session.mapping.table(source);
			sourceItem.setText(new String[] { session.shortName(source.source()), table.map(TableKind::name).orElse(leftOut(source)) });
			for (String header : source.headers()) {
				if (header.isBlank()) {
					continue;
				}
				TreeItem headerItem = new TreeItem(sourceItem, SWT.NONE);
				headerItem.setData(header);
				headerItem.setText(new String[] { header.strip(), table.isEmpty() ? "" //$NON-NLS-1$
						: session.mapping.column(source, table.get(), header).map(Column::header).orElse(Messages.ImportMappingPage_leftOut) });
			}
			sourceItem.setExpanded(table.isPresent());
		}
		choice.setEnabled(false);
		choice.removeAll();
	}

	private static String leftOut(SourceTable source) {
		return source.hidden() ? Messages.ImportMappingPage_hiddenLeftOut : Messages.ImportMappingPage_leftOut;
	}

	/** The choices of the selected sheet (lists) or header (columns of its sheet's list). */
	private void showChoices() {
		choices.clear();
		choice.removeAll();
		TreeItem selected = tree.getSelectionCount() == 1 ? tree.getSelection()[0] : null;
		if (selected == null) {
			choice.setEnabled(false);
			return;
		}
		choices.add(null);
		choice.add(Messages.ImportMappingPage_leftOut);
		Object current;
		if (selected.getData() instanceof SourceTable source) {
			for (TableKind table : session.schema.tables()) {
				choices.add(table);
				choice.add(table.name());
			}
			current = session.mapping.table(source).orElse(null);
		} else {
			SourceTable source = (SourceTable) selected.getParentItem().getData();
			Optional<TableKind> table = session.mapping.table(source);
			if (table.isEmpty()) {
				choice.setEnabled(false);
				return;
			}
			for (Column column : table.get().columns()) {
				choices.add(column);
				choice.add(column.header());
			}
			current = session.mapping.column(source, table.get(), (String) selected.getData()).orElse(null);
		}
		choice.select(Math.max(0, choices.indexOf(current)));
		choice.setEnabled(true);
	}

	private void choose() {
		TreeItem selected = tree.getSelection()[0];
		Object chosen = choices.get(choice.getSelectionIndex());
		if (selected.getData() instanceof SourceTable source) {
			session.mapping.setTable(source, (TableKind) chosen);
		} else {
			session.mapping.setColumn((SourceTable) selected.getParentItem().getData(), (String) selected.getData(),
					(Column) chosen);
		}
		int index = indexOf(selected);
		fill();
		reselect(index);
	}

	private int indexOf(TreeItem item) {
		List<TreeItem> all = all();
		return all.indexOf(item);
	}

	private void reselect(int index) {
		List<TreeItem> all = all();
		if (index >= 0 && index < all.size()) {
			tree.setSelection(all.get(index));
			showChoices();
		}
	}

	private List<TreeItem> all() {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem source : tree.getItems()) {
			all.add(source);
			all.addAll(List.of(source.getItems()));
		}
		return all;
	}

	private void saveMapping() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.mapping" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			session.mapping.write(session.tables, Path.of(chosen));
		} catch (IOException failure) {
			MessageDialog.openError(getShell(), Messages.ImportMappingPage_saveFailedTitle,
					NLS.bind(Messages.ImportMappingPage_saveFailed, chosen, failure.getMessage()));
		}
	}
}
