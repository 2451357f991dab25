package org.civitas.team.ui;

import java.util.Arrays;
import java.util.List;

import org.civitas.team.ModelChanges;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Team > Commit: the changed portfolios and diagrams, each with what changed in it in the
 * editor's words ("Shared Service: 3 changed; Risk: 1 added"), ticked to be committed; the
 * message; the author (kept in the preferences for the next time).
 */
final class CommitDialog extends TitleAreaDialog {

	/** What the architect chose. */
	record Commit(List<String> paths, String message, String authorName, String authorEmail) {
	}

	private final String project;
	private final List<ModelChanges.ModelChange> changes;
	private final boolean merging;
	private CheckboxTableViewer files;
	private Text message;
	private Text name;
	private Text email;
	private Commit commit;

	CommitDialog(Shell parent, String project, List<ModelChanges.ModelChange> changes, boolean merging) {
		super(parent);
		this.project = project;
		this.changes = changes;
		this.merging = merging;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.CommitDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(merging ? Messages.CommitDialog_headingMerge : Messages.CommitDialog_heading, project));
		setMessage(Messages.CommitDialog_message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(2, false));

		Composite table = new Composite(body, SWT.NONE);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 160;
		tableData.widthHint = 640;
		table.setLayoutData(tableData);
		TableColumnLayout columns = new TableColumnLayout();
		table.setLayout(columns);
		files = CheckboxTableViewer.newCheckList(table, SWT.BORDER | SWT.FULL_SELECTION);
		files.getTable().setHeaderVisible(true);
		files.getTable().setData(WidgetIds.KEY, WidgetIds.COMMIT_FILES);
		column(columns, Messages.CommitDialog_file, 30, change -> change.path());
		column(columns, Messages.CommitDialog_kind, 12, change -> switch (change.kind()) {
			case ADDED -> Messages.CommitDialog_added;
			case DELETED -> Messages.CommitDialog_deleted;
			case MODIFIED -> Messages.CommitDialog_modified;
		});
		column(columns, Messages.CommitDialog_summary, 58, ModelChanges.ModelChange::summary);
		files.setContentProvider(ArrayContentProvider.getInstance());
		files.setInput(changes);
		files.setAllChecked(true);
		files.addCheckStateListener(event -> validate());

		Label messageLabel = new Label(body, SWT.NONE);
		messageLabel.setText(Messages.CommitDialog_messageLabel);
		messageLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
		message = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData messageData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		messageData.heightHint = 70;
		message.setLayoutData(messageData);
		message.setData(WidgetIds.KEY, WidgetIds.COMMIT_MESSAGE);
		if (merging) {
			message.setText(Messages.CommitDialog_mergeMessage);
		}
		message.addModifyListener(event -> validate());

		new Label(body, SWT.NONE).setText(Messages.Author_name);
		name = new Text(body, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.setText(TeamPreferences.authorName());
		name.setData(WidgetIds.KEY, WidgetIds.AUTHOR_NAME);
		name.addModifyListener(event -> validate());
		new Label(body, SWT.NONE).setText(Messages.Author_email);
		email = new Text(body, SWT.BORDER);
		email.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		email.setText(TeamPreferences.authorEmail());
		email.setData(WidgetIds.KEY, WidgetIds.AUTHOR_EMAIL);
		email.addModifyListener(event -> validate());
		message.setFocus();
		return area;
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<ModelChanges.ModelChange, String> text) {
		TableViewerColumn column = new TableViewerColumn(files, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ModelChanges.ModelChange) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.CommitDialog_commit, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** Commit is offered once there is something to commit, a message and an author. */
	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = null;
		if (files.getCheckedElements().length == 0 && !merging) {
			problem = Messages.CommitDialog_nothingChosen;
		} else if (name.getText().isBlank() || !email.getText().contains("@")) { //$NON-NLS-1$
			problem = Messages.CommitDialog_noAuthor;
		}
		setErrorMessage(problem);
		// A message not yet written is the dialog's starting point, said as guidance, not as an error.
		boolean messageMissing = message.getText().isBlank();
		setMessage(messageMissing ? Messages.CommitDialog_noMessage : Messages.CommitDialog_message);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null && !messageMissing);
	}

	@Override
	protected void okPressed() {
		List<String> paths = Arrays.stream(files.getCheckedElements()).map(ModelChanges.ModelChange.class::cast)
				.map(ModelChanges.ModelChange::path).toList();
		commit = new Commit(paths, message.getText().strip(), name.getText().strip(), email.getText().strip());
		TeamPreferences.storeAuthor(commit.authorName(), commit.authorEmail());
		super.okPressed();
	}

	Commit commit() {
		return commit;
	}
}
