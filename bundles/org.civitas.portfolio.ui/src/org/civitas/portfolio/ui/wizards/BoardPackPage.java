package org.civitas.portfolio.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.civitas.portfolio.model.resource.PortfolioResource;
import org.civitas.portfolio.ui.HelpContexts;
import org.civitas.portfolio.ui.UiIds;
import org.civitas.report.ReportSections;
import org.civitas.ui.emf.files.ModelFileField;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The Board Pack's one page: the portfolio, the sections, the format and paper, and where the pack goes in the workspace. */
final class BoardPackPage extends WizardPage {

	static final String MODEL_ID = "boardPack.model"; //$NON-NLS-1$
	static final String SECTIONS_ID = "boardPack.sections"; //$NON-NLS-1$
	static final String FORMAT_ID = "boardPack.format"; //$NON-NLS-1$
	static final String PAPER_ID = "boardPack.paper"; //$NON-NLS-1$
	static final String TARGET_ID = "boardPack.target"; //$NON-NLS-1$
	static final String OPEN_ID = "boardPack.open"; //$NON-NLS-1$
	static final String PROFILE_ID = "boardPack.profile"; //$NON-NLS-1$

	/**
	 * What the page's fields say, checked.
	 *
	 * @param sections the ids of the sections chosen
	 * @param pdf PDF rather than HTML
	 * @param paper {@code A4} or {@code letter}
	 * @param target the workspace file to write
	 * @param open whether to open the HTML file in the browser when written
	 * @param profile the validation profile file, {@code null} for the workbench's profile
	 */
	record Choice(IFile model, List<String> sections, boolean pdf, String paper, IFile target, boolean open,
			Path profile) {
	}

	private final IFile initialModel;
	private ModelFileField model;
	private CheckboxTableViewer sections;
	private Combo format;
	private Combo paper;
	private Text target;
	private Button open;
	private Text profile;
	private Choice choice;

	BoardPackPage(IFile initialModel) {
		super("boardPack"); //$NON-NLS-1$
		this.initialModel = initialModel;
		setTitle(Messages.BoardPackPage_title);
		setDescription(Messages.BoardPackPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		model = new ModelFileField(page, Messages.BoardPackPage_model, MODEL_ID, initialModel, PortfolioResource.FILE_EXTENSION);

		Label sectionsLabel = new Label(page, SWT.NONE);
		sectionsLabel.setText(Messages.BoardPackPage_sections);
		sectionsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		sections = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
		sections.setContentProvider(ArrayContentProvider.getInstance());
		sections.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				ReportSections.Descriptor section = (ReportSections.Descriptor) element;
				return section.strategies().isEmpty() ? section.title()
						: NLS.bind(Messages.BoardPackPage_sectionAndStrategies, section.title(), String.join(", ", section.strategies())); //$NON-NLS-1$
			}
		});
		List<ReportSections.Descriptor> installed = ReportSections.installed().all();
		sections.setInput(installed);
		sections.setAllChecked(true);
		GridData sectionsLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		sectionsLayout.heightHint = 190;
		sections.getTable().setLayoutData(sectionsLayout);
		sections.getTable().setData(UiIds.KEY, SECTIONS_ID);

		new Label(page, SWT.NONE).setText(Messages.BoardPackPage_format);
		format = new Combo(page, SWT.READ_ONLY);
		format.setItems(Messages.BoardPackPage_html, Messages.BoardPackPage_pdf);
		format.select(0);
		format.setData(UiIds.KEY, FORMAT_ID);
		paper = new Combo(page, SWT.READ_ONLY);
		paper.setItems("A4", "Letter"); //$NON-NLS-1$ //$NON-NLS-2$
		paper.select(0);
		paper.setData(UiIds.KEY, PAPER_ID);
		paper.setToolTipText(Messages.BoardPackPage_paper);

		new Label(page, SWT.NONE).setText(Messages.BoardPackPage_profile);
		profile = new Text(page, SWT.BORDER);
		profile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		profile.setMessage(Messages.BoardPackPage_profileHint);
		profile.setData(UiIds.KEY, PROFILE_ID);
		Button browseProfile = new Button(page, SWT.PUSH);
		browseProfile.setText(Messages.BoardPackPage_browseProfile);
		browseProfile.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.profile", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				profile.setText(chosen);
			}
		});

		new Label(page, SWT.NONE).setText(Messages.BoardPackPage_target);
		target = new Text(page, SWT.BORDER);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		target.setData(UiIds.KEY, TARGET_ID);

		open = new Button(page, SWT.CHECK);
		open.setText(Messages.BoardPackPage_open);
		open.setSelection(true);
		open.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		open.setData(UiIds.KEY, OPEN_ID);

		proposeTarget();
		model.onChange(event -> proposeTarget());
		format.addListener(SWT.Selection, event -> proposeTarget());
		sections.addCheckStateListener(event -> validate());
		paper.addListener(SWT.Selection, event -> validate());
		target.addModifyListener(event -> validate());
		open.addListener(SWT.Selection, event -> validate());
		profile.addModifyListener(event -> validate());
		setControl(page);
		HelpContexts.set(page, HelpContexts.BOARD_PACK_WIZARD);
		validate();
	}

	/** Beside the model: {@code MODEL-board-pack.html} or {@code .pdf}. */
	private void proposeTarget() {
		IFile file = model.file();
		if (file != null) {
			IPath path = file.getFullPath().removeFileExtension();
			target.setText(path.toString() + "-board-pack." + (isPdf() ? "pdf" : "html")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		validate();
	}

	private boolean isPdf() {
		return format.getSelectionIndex() == 1;
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
		List<String> chosen = Arrays.stream(sections.getCheckedElements())
				.map(section -> ((ReportSections.Descriptor) section).id()).toList();
		if (chosen.isEmpty()) {
			return Messages.BoardPackPage_noSections;
		}
		String path = target.getText().strip();
		IResource folder = path.contains("/") ? ResourcesPlugin.getWorkspace().getRoot() //$NON-NLS-1$
				.findMember(path.substring(0, path.lastIndexOf('/'))) : null;
		if (path.isEmpty() || folder == null || folder.getType() == IResource.FILE || !folder.isAccessible()
				|| path.endsWith("/")) { //$NON-NLS-1$
			return NLS.bind(Messages.BoardPackPage_badTarget, path);
		}
		String profilePath = profile.getText().strip();
		if (!profilePath.isEmpty() && !Files.isRegularFile(Path.of(profilePath))) {
			return NLS.bind(Messages.BoardPackPage_noSuchProfile, profilePath);
		}
		IFile targetFile = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
		if (targetFile.equals(file)) {
			return NLS.bind(Messages.BoardPackPage_targetIsModel, path);
		}
		choice = new Choice(file, chosen.size() == sections.getTable().getItemCount() ? List.of() : chosen, isPdf(),
				paper.getSelectionIndex() == 1 ? "letter" : "A4", targetFile, open.getSelection() && !isPdf(), //$NON-NLS-1$ //$NON-NLS-2$
				profilePath.isEmpty() ? null : Path.of(profilePath));
		return null;
	}

	Choice choice() {
		return choice;
	}
}
