package org.civitas.validation.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civitas.files.SafeFiles;
import org.civitas.validation.QuickFix;
import org.civitas.validation.Rule;
import org.civitas.validation.Severity;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

/**
 * Validation preferences: every rule by category, to switch on or off and to give another
 * severity, with its rationale and quick fixes; and the profile as a file to import from or
 * export to, the same file the command line's {@code --profile} takes. Applying the page
 * validates the open models again.
 */
public final class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The key under which widgets carry the id UI tests find them by. */
	private static final String WIDGET_ID = "org.civitas.widgetId"; //$NON-NLS-1$

	/** A category of rules, as the tree shows it. */
	private record Category(String name, List<Rule> rules) {
	}

	private final List<Category> categories;
	private ValidationProfile profile;
	private CheckboxTreeViewer viewer;
	private Text rationale;

	/** F1 help of the page (text and topics in org.civitas.help). */
	public static final String HELP_CONTEXT = "org.civitas.validation.ui.validation_preferences"; //$NON-NLS-1$

	public ValidationPreferencePage() {
		Map<String, List<Rule>> byCategory = ValidationPreferences.rules().rules().stream()
				.collect(Collectors.groupingBy(Rule::category, TreeMap::new, Collectors.toList()));
		categories = byCategory.entrySet().stream().map(entry -> new Category(entry.getKey(), entry.getValue())).toList();
		setDescription(Messages.ValidationPreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		profile = ValidationPreferences.profile();
	}

	@Override
	public void performHelp() {
		PlatformUI.getWorkbench().getHelpSystem().displayHelp(HELP_CONTEXT);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(page, HELP_CONTEXT);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);

		Composite treeArea = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(treeArea);
		TreeColumnLayout columns = new TreeColumnLayout();
		treeArea.setLayout(columns);
		viewer = new CheckboxTreeViewer(treeArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setData(WIDGET_ID, "validation.preferences.rules"); //$NON-NLS-1$
		viewer.setContentProvider(new RuleTree());
		column(columns, Messages.ValidationPreferencePage_rule, 5, element -> element instanceof Rule rule
				? rule.id() + "  " + rule.title() //$NON-NLS-1$
				: NLS.bind(Messages.ValidationPreferencePage_category, ((Category) element).name(), enabledCount((Category) element)));
		TreeViewerColumn severity = column(columns, Messages.ValidationPreferencePage_severity, 1,
				element -> element instanceof Rule rule ? severityLabel(profile.severityOf(rule)) : ""); //$NON-NLS-1$
		severity.setEditingSupport(new SeverityEditing());
		column(columns, Messages.ValidationPreferencePage_runs, 2,
				element -> element instanceof Rule rule ? runsLabel(rule) : ""); //$NON-NLS-1$
		column(columns, Messages.ValidationPreferencePage_strategies, 1,
				element -> element instanceof Rule rule ? String.join(" ", rule.strategies()) : ""); //$NON-NLS-1$ //$NON-NLS-2$
		viewer.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return element instanceof Rule rule ? profile.isEnabled(rule) : enabledCount((Category) element) > 0;
			}

			@Override
			public boolean isGrayed(Object element) {
				return element instanceof Category category && enabledCount(category) > 0
						&& enabledCount(category) < category.rules().size();
			}
		});
		viewer.addCheckStateListener(event -> {
			List<Rule> rules = event.getElement() instanceof Rule rule ? List.of(rule) : ((Category) event.getElement()).rules();
			for (Rule rule : rules) {
				profile = profile.withEnabled(rule.id(), event.getChecked());
			}
			viewer.refresh();
		});
		viewer.addSelectionChangedListener(event -> showRationale(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.setInput(categories);
		viewer.expandAll();

		Composite buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		button(buttons, Messages.ValidationPreferencePage_import, "validation.preferences.import", this::importProfile); //$NON-NLS-1$
		button(buttons, Messages.ValidationPreferencePage_export, "validation.preferences.export", this::exportProfile); //$NON-NLS-1$

		Label rationaleLabel = new Label(page, SWT.NONE);
		rationaleLabel.setText(Messages.ValidationPreferencePage_rationale);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(rationaleLabel);
		rationale = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		rationale.setData(WIDGET_ID, "validation.preferences.rationale"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 90).applyTo(rationale);
		return page;
	}

	private TreeViewerColumn column(TreeColumnLayout layout, String title, int weight,
			Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		return column;
	}

	private static void button(Composite parent, String text, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WIDGET_ID, id);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private long enabledCount(Category category) {
		return category.rules().stream().filter(profile::isEnabled).count();
	}

	private static String severityLabel(Severity severity) {
		return switch (severity) {
			case ERROR -> Messages.ValidationPreferencePage_error;
			case WARNING -> Messages.ValidationPreferencePage_warning;
			case INFO -> Messages.ValidationPreferencePage_info;
		};
	}

	private static String runsLabel(Rule rule) {
		return rule.modes().contains(ValidationMode.LIVE) ? Messages.ValidationPreferencePage_live
				: Messages.ValidationPreferencePage_batch;
	}

	private void showRationale(Object element) {
		if (!(element instanceof Rule rule)) {
			rationale.setText(""); //$NON-NLS-1$
			return;
		}
		StringBuilder text = new StringBuilder(rule.description());
		if (!rule.fixes().isEmpty()) {
			text.append("\n\n").append(NLS.bind(Messages.ValidationPreferencePage_fixes, //$NON-NLS-1$
					rule.fixes().stream().map(QuickFix::label).collect(Collectors.joining("; ")))); //$NON-NLS-1$
		}
		rationale.setText(text.toString());
	}

	private void importProfile() {
		String chosen = chooseFile(SWT.OPEN);
		if (chosen != null) {
			importFrom(Path.of(chosen));
		}
	}

	private void exportProfile() {
		String chosen = chooseFile(SWT.SAVE);
		if (chosen != null) {
			exportTo(Path.of(chosen));
		}
	}

	private String chooseFile(int style) {
		FileDialog dialog = new FileDialog(getShell(), style);
		dialog.setFilterExtensions(new String[] { "*.profile", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName("validation.profile"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		return dialog.open();
	}

	/**
	 * Takes the settings of a profile file into the page (applied with the page); a file that
	 * cannot be read, has a bad line or names a rule that does not exist is refused with its
	 * path and line, and nothing changes.
	 */
	void importFrom(Path file) {
		try {
			ValidationProfile imported = ValidationProfile.read(file);
			imported.requireKnownRules(ValidationPreferences.rules());
			profile = imported;
			viewer.refresh();
		} catch (IOException e) {
			MessageDialog.openError(getShell(), Messages.ValidationPreferencePage_importFailed,
					NLS.bind(Messages.ValidationPreferencePage_cannotRead, file, e.getMessage()));
		}
	}

	/** Writes the page's settings as a profile file. */
	void exportTo(Path file) {
		try {
			SafeFiles.write(file, stream -> profile.write(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			MessageDialog.openError(getShell(), Messages.ValidationPreferencePage_exportFailed,
					NLS.bind(Messages.ValidationPreferencePage_cannotWrite, file, e.getMessage()));
		}
	}

	@Override
	protected void performDefaults() {
		profile = ValidationProfile.defaults();
		viewer.refresh();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		ValidationPreferences.store(profile);
		return true;
	}

	/** Categories, then their rules. */
	private static final class RuleTree extends ArrayContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getChildren(Object element) {
			return element instanceof Category category ? category.rules().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Category;
		}
	}

	/** The severity column offers the three severities; choosing one also switches the rule on. */
	private final class SeverityEditing extends EditingSupport {

		SeverityEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(viewer.getTree(), SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					return severityLabel((Severity) value);
				}
			});
			editor.setInput(Severity.values());
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return element instanceof Rule;
		}

		@Override
		protected Object getValue(Object element) {
			return profile.severityOf((Rule) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof Severity severity) {
				profile = profile.withSeverity(((Rule) element).id(), severity);
				viewer.refresh();
			}
		}
	}
}
