package org.civitas.interchange.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civitas.interchange.CellProblem;
import org.civitas.interchange.ImportPlan;
import org.civitas.interchange.TableKind;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The last page: the dry run. Every problem with its cell first, then what would be created,
 * updated (old → new), deleted and left out; Finish is possible only when there is no problem.
 */
final class ImportPreviewPage extends WizardPage {

	static final String TABLE_ID = "interchange.import.preview"; //$NON-NLS-1$
	static final String SUMMARY_ID = "interchange.import.summary"; //$NON-NLS-1$

	private final ImportSession session;
	private Label summary;
	private Table table;
	/** The table's rows: result, source, row, element, details. */
	private final List<String[]> rows = new ArrayList<>();

	ImportPreviewPage(ImportSession session) {
		super("preview"); //$NON-NLS-1$
		this.session = session;
		setTitle(Messages.ImportPreviewPage_title);
		setDescription(Messages.ImportPreviewPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setData(WidgetIds.KEY, SUMMARY_ID);
		// Virtual: an import of thousands of rows shows at once.
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(WidgetIds.KEY, TABLE_ID);
		GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableLayout.heightHint = 300;
		table.setLayoutData(tableLayout);
		column(Messages.ImportPreviewPage_result, 90);
		column(Messages.ImportPreviewPage_source, 200);
		column(Messages.ImportPreviewPage_row, 50);
		column(Messages.ImportPreviewPage_element, 180);
		column(Messages.ImportPreviewPage_details, 420);
		table.addListener(SWT.SetData, event -> {
			TableItem item = (TableItem) event.item;
			item.setText(rows.get(table.indexOf(item)));
		});
		setControl(page);
		InterchangeHelp.set(page, InterchangeHelp.IMPORT_PREVIEW_PAGE);
	}

	private void column(String header, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(header);
		column.setWidth(width);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			try {
				show(session.plan());
			} catch (IOException unreadable) {
				rows.clear();
				table.setItemCount(0);
				setErrorMessage(unreadable.getMessage());
				setPageComplete(false);
			}
		}
		super.setVisible(visible);
	}

	/** Shows a plan: its figures, then its rows; Finish only without problems. */
	void show(ImportPlan plan) {
		rows.clear();
		for (CellProblem problem : plan.problems()) {
			rows.add(new String[] { Messages.ImportPreviewPage_error, session.shortName(problem.source()), Integer.toString(problem.row()),
					problem.header() == null ? "" : NLS.bind(Messages.ImportPreviewPage_cell, problem.header(), problem.cell()), //$NON-NLS-1$
					problem.message() });
		}
		for (ImportPlan.SourceOutcome source : plan.sources()) {
			for (ImportPlan.RowChange row : source.updated()) {
				rows.add(new String[] { Messages.ImportPreviewPage_update, session.shortName(source.source().source()), Integer.toString(row.row()),
						row.element(), row.changes().stream().map(change -> NLS.bind(Messages.ImportPreviewPage_change,
								new Object[] { change.header(), shown(change.oldValue()), shown(change.newValue()) }))
								.collect(Collectors.joining("; ")) }); //$NON-NLS-1$
			}
			for (ImportPlan.RowChange row : source.created()) {
				rows.add(new String[] { Messages.ImportPreviewPage_create, session.shortName(source.source().source()), Integer.toString(row.row()),
						row.element(), NLS.bind(Messages.ImportPreviewPage_newIn, source.table().name()) });
			}
		}
		for (Map.Entry<TableKind, List<String>> deleted : plan.deletions().entrySet()) {
			for (String element : deleted.getValue()) {
				rows.add(new String[] { Messages.ImportPreviewPage_delete, deleted.getKey().name(), "", element, "" }); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (String note : plan.notes()) {
			rows.add(new String[] { Messages.ImportPreviewPage_leftOut, "", "", "", note }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		table.clearAll();
		table.setItemCount(rows.size());
		summary.setText(NLS.bind(Messages.ImportPreviewPage_summary, new Object[] { plan.created(), plan.updated(),
				plan.unchanged(), plan.refused(), plan.deletedCount() }));
		summary.getParent().layout();
		if (plan.isApplicable()) {
			setErrorMessage(null);
			setMessage(plan.created() + plan.updated() + plan.deletedCount() == 0 ? Messages.ImportPreviewPage_nothingToDo
					: Messages.ImportPreviewPage_ready);
		} else {
			setErrorMessage(NLS.bind(Messages.ImportPreviewPage_problems, plan.problems().size()));
		}
		setPageComplete(plan.isApplicable());
	}

	private static String shown(String value) {
		return value.isEmpty() ? Messages.ImportPreviewPage_empty : value;
	}
}
