package org.civitas.ui.emf.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses the values of a multi-valued property. On the left, the values that may be added:
 * the property's choices, narrowed by a filter text, or, for an attribute without choices, a
 * field where a new value is typed and checked. On the right, the property's values in their
 * order, which Up and Down change. Add and Remove (or a double-click) move values across.
 */
final class FeatureValuesDialog extends Dialog {

	static final String CHOICES_ID = EmfTabbedProperties.CONTRIBUTOR_ID + ".values.choices"; //$NON-NLS-1$
	static final String VALUES_ID = EmfTabbedProperties.CONTRIBUTOR_ID + ".values.chosen"; //$NON-NLS-1$
	static final String FILTER_ID = EmfTabbedProperties.CONTRIBUTOR_ID + ".values.filter"; //$NON-NLS-1$
	static final String NEW_VALUE_ID = EmfTabbedProperties.CONTRIBUTOR_ID + ".values.newValue"; //$NON-NLS-1$
	static final String PROBLEM_ID = EmfTabbedProperties.CONTRIBUTOR_ID + ".values.problem"; //$NON-NLS-1$

	private static final int LIST_WIDTH = 220;
	private static final int LIST_HEIGHT = 240;

	private final String propertyName;
	private final ILabelProvider labels;
	private final List<Object> values;
	private final List<Object> choices;
	private final TextConverter converter;
	private final boolean unique;

	private TableViewer choicesViewer;
	private TableViewer valuesViewer;
	private Text filter;
	private Text newValue;
	private Label problem;
	private Button add;
	private Button remove;
	private Button up;
	private Button down;

	/**
	 * @param choices the values that may be added, or {@code null} to type new values instead
	 * @param converter reads typed values; used only when {@code choices} is {@code null}
	 * @param unique whether a value may occur only once
	 */
	FeatureValuesDialog(Shell parent, String propertyName, ILabelProvider labels, Collection<?> values,
			List<Object> choices, TextConverter converter, boolean unique) {
		super(parent);
		this.propertyName = propertyName;
		this.labels = labels;
		this.values = new ArrayList<>(values);
		this.choices = choices;
		this.converter = converter;
		this.unique = unique;
	}

	/** The dialog for a property, starting from its current value (a collection, or none). */
	static FeatureValuesDialog forProperty(Shell parent, PropertyTarget target, ILabelProvider labels,
			Object currentValue) {
		Collection<?> current = currentValue instanceof Collection<?> collection ? collection : List.of();
		boolean offersChoices = target.descriptor().getChoiceOfValues(target.element()) != null;
		boolean unique = !(target.feature() instanceof EStructuralFeature feature) || feature.isUnique();
		return new FeatureValuesDialog(parent, target.displayName(), labels, current,
				offersChoices ? PropertyChoices.valuesOf(target, labels) : null, TextConverters.forProperty(target),
				unique);
	}

	/** The values in their order, as the user left them when choosing OK. */
	List<Object> values() {
		return new ArrayList<>(values);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.valuesDialogTitle, propertyName));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		if (choices != null) {
			createChoices(area);
		} else {
			createNewValue(area);
		}
		createMoveButtons(area);
		createValues(area);
		updateButtons();
		return area;
	}

	private void createChoices(Composite area) {
		Composite column = column(area, Messages.valuesDialogChoices);
		filter = WidgetIds.name(new Text(column, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), FILTER_ID);
		filter.setMessage(Messages.valuesDialogFilter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		choicesViewer = listViewer(column, CHOICES_ID);
		choicesViewer.addFilter(new ChoiceFilter());
		choicesViewer.setInput(choices);
		filter.addModifyListener(event -> choicesViewer.refresh());
		choicesViewer.addSelectionChangedListener(event -> updateButtons());
		choicesViewer.addDoubleClickListener(event -> addSelectedChoices());
	}

	private void createNewValue(Composite area) {
		Composite column = column(area, Messages.valuesDialogNewValue);
		newValue = WidgetIds.name(new Text(column, SWT.BORDER), NEW_VALUE_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(LIST_WIDTH, SWT.DEFAULT).applyTo(newValue);
		problem = WidgetIds.name(new Label(column, SWT.WRAP), PROBLEM_ID);
		problem.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));
		GridDataFactory.fillDefaults().grab(true, true).hint(LIST_WIDTH, SWT.DEFAULT).applyTo(problem);
		newValue.addModifyListener(event -> updateButtons());
		newValue.addListener(SWT.DefaultSelection, event -> addNewValue());
	}

	private void createMoveButtons(Composite area) {
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(buttons);
		add = button(buttons, Messages.valuesDialogAdd);
		add.addListener(SWT.Selection, event -> {
			if (choices != null) {
				addSelectedChoices();
			} else {
				addNewValue();
			}
		});
		remove = button(buttons, Messages.valuesDialogRemove);
		remove.addListener(SWT.Selection, event -> removeSelectedValues());
	}

	private void createValues(Composite area) {
		Composite column = column(area, Messages.valuesDialogValues);
		valuesViewer = listViewer(column, VALUES_ID);
		valuesViewer.setInput(values);
		valuesViewer.addSelectionChangedListener(event -> updateButtons());
		valuesViewer.addDoubleClickListener(event -> removeSelectedValues());
		Composite order = new Composite(column, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(order);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(order);
		up = button(order, Messages.valuesDialogUp);
		up.addListener(SWT.Selection, event -> moveSelectedValue(-1));
		down = button(order, Messages.valuesDialogDown);
		down.addListener(SWT.Selection, event -> moveSelectedValue(1));
	}

	private static Composite column(Composite area, String title) {
		Composite column = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(column);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
		new Label(column, SWT.NONE).setText(title);
		return column;
	}

	private TableViewer listViewer(Composite column, String id) {
		TableViewer viewer = new TableViewer(column, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		WidgetIds.name(viewer.getTable(), id);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(labels);
		GridDataFactory.fillDefaults().grab(true, true).hint(LIST_WIDTH, LIST_HEIGHT).applyTo(viewer.getControl());
		return viewer;
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		return button;
	}

	private void addSelectedChoices() {
		List<?> selected = choicesViewer.getStructuredSelection().toList();
		if (selected.isEmpty()) {
			return;
		}
		int insertAt = insertionIndex();
		values.addAll(insertAt, selected);
		choicesViewer.refresh();
		valuesViewer.refresh();
		valuesViewer.setSelection(new StructuredSelection(selected), true);
		updateButtons();
	}

	private void addNewValue() {
		String typed = newValue.getText();
		if (typedProblem(typed) != null) {
			return;
		}
		Object value = converter.toValue(typed);
		values.add(insertionIndex(), value);
		valuesViewer.refresh();
		valuesViewer.setSelection(new StructuredSelection(value), true);
		newValue.setText(""); //$NON-NLS-1$
		updateButtons();
	}

	/** New values go after the selected value, or at the end. */
	private int insertionIndex() {
		int[] selected = valuesViewer.getTable().getSelectionIndices();
		return selected.length == 0 ? values.size() : selected[selected.length - 1] + 1;
	}

	private void removeSelectedValues() {
		IStructuredSelection selected = valuesViewer.getStructuredSelection();
		int[] indices = valuesViewer.getTable().getSelectionIndices();
		for (int i = indices.length - 1; i >= 0; i--) {
			values.remove(indices[i]);
		}
		valuesViewer.refresh();
		if (choicesViewer != null) {
			choicesViewer.refresh();
			choicesViewer.setSelection(selected, true);
		}
		updateButtons();
	}

	private void moveSelectedValue(int offset) {
		int index = valuesViewer.getTable().getSelectionIndex();
		int target = index + offset;
		if (index < 0 || target < 0 || target >= values.size()) {
			return;
		}
		values.add(target, values.remove(index));
		valuesViewer.refresh();
		valuesViewer.getTable().setSelection(target);
		updateButtons();
	}

	private String typedProblem(String typed) {
		if (typed.isEmpty()) {
			return Messages.valueRequired;
		}
		String conversionProblem = converter.problemWith(typed);
		if (conversionProblem != null) {
			return conversionProblem;
		}
		return unique && values.contains(converter.toValue(typed)) ? NLS.bind(Messages.valueAlreadyPresent, typed) : null;
	}

	private void updateButtons() {
		if (add == null || valuesViewer == null) {
			return;
		}
		if (choices != null) {
			add.setEnabled(!choicesViewer.getStructuredSelection().isEmpty());
		} else {
			String typed = newValue.getText();
			String typedProblem = typedProblem(typed);
			add.setEnabled(typedProblem == null);
			problem.setText(typed.isEmpty() || typedProblem == null ? "" : typedProblem); //$NON-NLS-1$
		}
		int[] selected = valuesViewer.getTable().getSelectionIndices();
		remove.setEnabled(selected.length > 0);
		up.setEnabled(selected.length == 1 && selected[0] > 0);
		down.setEnabled(selected.length == 1 && selected[0] < values.size() - 1);
	}

	/** Hides the choices that do not match the filter text, and those already chosen when values are unique. */
	private final class ChoiceFilter extends ViewerFilter {

		@Override
		public boolean select(Viewer viewer, Object parentElement, Object element) {
			if (unique && values.contains(element)) {
				return false;
			}
			String pattern = filter.getText().strip().toLowerCase(Locale.ROOT);
			return pattern.isEmpty() || labels.getText(element).toLowerCase(Locale.ROOT).contains(pattern);
		}
	}
}
