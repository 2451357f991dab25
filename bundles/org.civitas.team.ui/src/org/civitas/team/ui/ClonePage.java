package org.civitas.team.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Where to clone from (with a login for HTTPS) and into which folder. */
final class ClonePage extends WizardPage {

	private Text address;
	private Text user;
	private Text token;
	private Button remember;
	private Text folder;
	/** Whether the architect chose the folder, which then no longer follows the address. */
	private boolean folderChosen;

	ClonePage() {
		super("clone"); //$NON-NLS-1$
		setTitle(Messages.ClonePage_title);
		setDescription(Messages.ClonePage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		address = field(page, Messages.ClonePage_address, WidgetIds.CLONE_ADDRESS, SWT.BORDER);
		new Label(page, SWT.NONE);
		user = field(page, Messages.ClonePage_user, WidgetIds.CLONE_USER, SWT.BORDER);
		new Label(page, SWT.NONE);
		token = field(page, Messages.ClonePage_token, WidgetIds.CLONE_TOKEN, SWT.BORDER | SWT.PASSWORD);
		new Label(page, SWT.NONE);
		new Label(page, SWT.NONE);
		remember = new Button(page, SWT.CHECK);
		remember.setText(Messages.LoginDialog_remember);
		remember.setSelection(true);
		remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		folder = field(page, Messages.ClonePage_folder, WidgetIds.CLONE_FOLDER, SWT.BORDER);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ClonePage_browse);
		browse.addListener(SWT.Selection, event -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		address.addModifyListener(event -> {
			if (!folderChosen) {
				folder.setText(defaultFolder());
				folderChosen = false;
			}
			validate();
		});
		folder.addModifyListener(event -> {
			folderChosen = !folder.getText().equals(defaultFolder());
			validate();
		});
		user.addModifyListener(event -> validate());
		token.addModifyListener(event -> validate());
		setControl(page);
		setPageComplete(false);
	}

	private static Text field(Composite page, String label, String id, int style) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, style);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setData(WidgetIds.KEY, id);
		return text;
	}

	/** The workspace folder named after the repository: {@code …/grants.git} clones into {@code grants}. */
	private String defaultFolder() {
		String name = repositoryName();
		return name == null ? "" : ResourcesPlugin.getWorkspace().getRoot().getLocation().append(name).toOSString(); //$NON-NLS-1$
	}

	private String repositoryName() {
		try {
			String name = new URIish(address.getText().strip()).getHumanishName();
			return name == null || name.isBlank() ? null : name;
		} catch (URISyntaxException | IllegalArgumentException notAnAddress) {
			return null;
		}
	}

	private void validate() {
		String problem = null;
		if (address.getText().isBlank()) {
			problem = Messages.ClonePage_noAddress;
		} else if (repositoryName() == null) {
			problem = NLS.bind(Messages.ClonePage_badAddress, address.getText().strip());
		} else if (folder.getText().isBlank()) {
			problem = Messages.ClonePage_noFolder;
		} else if (Files.exists(folder()) && !isEmptyFolder(folder())) {
			problem = NLS.bind(Messages.ClonePage_folderNotEmpty, folder());
		} else if (user.getText().isBlank() != token.getText().isEmpty()) {
			problem = Messages.ClonePage_loginIncomplete;
		} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(folder().getFileName().toString()).exists()) {
			problem = NLS.bind(Messages.ClonePage_projectExists, folder().getFileName());
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private static boolean isEmptyFolder(Path path) {
		try (var entries = Files.list(path)) {
			return entries.findAny().isEmpty();
		} catch (IOException notAFolder) {
			return false;
		}
	}

	String remote() {
		return address.getText().strip();
	}

	Path folder() {
		return Path.of(folder.getText().strip());
	}

	/** The login typed, or {@code null} for none (a local path, an open server, or a stored login). */
	Credentials.Login login() {
		return user.getText().isBlank() ? null : new Credentials.Login(user.getText().strip(), token.getText());
	}

	boolean rememberLogin() {
		return remember.getSelection();
	}
}
