package org.civitas.team.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the user name and token of a Git server that refused the stored ones, or asked for some. */
final class LoginDialog extends TitleAreaDialog {

	/** What the architect typed, and whether to keep it in the secure storage. */
	record Answer(Credentials.Login login, boolean remember) {
	}

	private final String remote;
	private final String why;
	private final Credentials.Login stored;
	private Text user;
	private Text token;
	private Button remember;
	private Answer answer;

	LoginDialog(Shell parent, String remote, String why, Credentials.Login stored) {
		super(parent);
		this.remote = remote;
		this.why = why;
		this.stored = stored;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LoginDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.LoginDialog_heading, Credentials.server(remote)));
		setMessage(why);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		new Label(fields, SWT.NONE).setText(Messages.LoginDialog_user);
		user = new Text(fields, SWT.BORDER);
		user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		user.setData(WidgetIds.KEY, WidgetIds.LOGIN_USER);
		new Label(fields, SWT.NONE).setText(Messages.LoginDialog_token);
		token = new Text(fields, SWT.BORDER | SWT.PASSWORD);
		token.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		token.setData(WidgetIds.KEY, WidgetIds.LOGIN_TOKEN);
		remember = new Button(fields, SWT.CHECK);
		remember.setText(Messages.LoginDialog_remember);
		remember.setSelection(true);
		remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		if (stored != null) {
			user.setText(stored.user());
		}
		return area;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			answer = new Answer(new Credentials.Login(user.getText().strip(), token.getText()), remember.getSelection());
		}
		super.buttonPressed(buttonId);
	}

	Answer answer() {
		return answer;
	}
}
