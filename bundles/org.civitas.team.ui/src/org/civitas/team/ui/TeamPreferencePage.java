package org.civitas.team.ui;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Civitas Team: who commits. Credentials are in the secure storage. */
public final class TeamPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Text name;
	private Text email;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.TeamPreferencePage_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		new Label(page, SWT.NONE).setText(Messages.Author_name);
		name = new Text(page, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.setData(WidgetIds.KEY, WidgetIds.AUTHOR_NAME);
		new Label(page, SWT.NONE).setText(Messages.Author_email);
		email = new Text(page, SWT.BORDER);
		email.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		email.setData(WidgetIds.KEY, WidgetIds.AUTHOR_EMAIL);
		name.setText(TeamPreferences.authorName());
		email.setText(TeamPreferences.authorEmail());
		return page;
	}

	@Override
	protected void performDefaults() {
		name.setText(""); //$NON-NLS-1$
		email.setText(""); //$NON-NLS-1$
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		TeamPreferences.storeAuthor(name.getText(), email.getText());
		return true;
	}
}
