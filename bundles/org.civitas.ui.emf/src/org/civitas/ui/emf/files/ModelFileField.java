package org.civitas.ui.emf.files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/**
 * The model a wizard works on: a label, the workspace path of the model file, and Browse...
 * with the workspace's file finder set to the model's extension. Takes three columns of its
 * parent's grid.
 */
public final class ModelFileField {

	/** The key under which the text carries its widget id, the one UI tests find widgets by. */
	public static final String WIDGET_ID_KEY = "org.civitas.widgetId"; //$NON-NLS-1$

	private final Text path;
	private final String extension;

	/**
	 * @param extension the model files' extension, without the dot ({@code portfolio})
	 */
	public ModelFileField(Composite parent, String label, String widgetId, IFile initial, String extension) {
		this.extension = extension;
		new Label(parent, SWT.NONE).setText(label);
		path = new Text(parent, SWT.BORDER);
		path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		path.setData(WIDGET_ID_KEY, widgetId);
		if (initial != null) {
			path.setText(initial.getFullPath().toString());
		}
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText(Messages.ModelFileField_browse);
		browse.addListener(SWT.Selection, event -> browse());
	}

	public void onChange(Listener listener) {
		path.addListener(SWT.Modify, listener);
	}

	/** The model file the field names, if it is a file of the workspace. */
	public IFile file() {
		String text = path.getText().strip();
		if (text.isEmpty()) {
			return null;
		}
		IResource found = ResourcesPlugin.getWorkspace().getRoot().findMember(text);
		return found instanceof IFile file && file.exists() ? file : null;
	}

	/** Why the field names no model, {@code null} when it does. */
	public String problem() {
		if (file() != null) {
			return null;
		}
		return path.getText().isBlank() ? Messages.ModelFileField_noModel
				: NLS.bind(Messages.ModelFileField_notAModel, path.getText().strip());
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(path.getShell(), false,
				ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setTitle(Messages.ModelFileField_choose);
		dialog.setInitialPattern("*." + extension); //$NON-NLS-1$
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile chosen) {
			path.setText(chosen.getFullPath().toString());
		}
	}
}
