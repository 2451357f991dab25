package org.civitas.ui.emf.properties;

import java.util.Objects;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/**
 * One property's row in a category form: its name, the widget that edits it, and beneath a
 * short hint from its description, replaced by the problem when the user's input is refused.
 * The description is also the tooltip of name and widget.
 */
abstract class PropertyField {

	protected final PropertyTarget target;
	protected final ILabelProvider labels;

	/**
	 * The width a value asks for at least: small, so that a narrow Properties view keeps the
	 * labels whole and the values grow, wrap or scroll in the room left to them.
	 */
	static final int MINIMUM_WIDTH = 60;

	private Label hint;
	private String hintText;
	private IStatusLineManager statusLine;

	protected PropertyField(PropertyTarget target) {
		this.target = target;
		this.labels = new PropertyValueLabelProvider(target.labels());
	}

	/** The field that suits the property. */
	static PropertyField of(PropertyTarget target) {
		return switch (EditorKind.of(target)) {
		case READ_ONLY -> new ReadOnlyField(target);
		case TEXT -> new TextField(target, TextConverters.forProperty(target), false);
		case MULTI_LINE_TEXT -> new TextField(target, new StringConverter(target.isUnsettable()), true);
		case CHOICE -> new ChoiceField(target);
		case VALUES -> new ValuesField(target);
		};
	}

	/** Test id of the widget that edits a property. */
	static String editorId(String propertyId) {
		return EmfTabbedProperties.CONTRIBUTOR_ID + ".field." + propertyId; //$NON-NLS-1$
	}

	/** Test id of the hint beneath a property's widget. */
	static String hintId(String propertyId) {
		return EmfTabbedProperties.CONTRIBUTOR_ID + ".hint." + propertyId; //$NON-NLS-1$
	}

	/** Adds the row to a two-column grid and shows the property's value. */
	final void createRow(Composite rows, TabbedPropertySheetWidgetFactory factory, IStatusLineManager statusLine) {
		this.statusLine = statusLine;
		String description = target.description();
		Label name = factory.createLabel(rows, target.displayName() + ':');
		name.setToolTipText(description);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(name);
		Control editor = createEditor(rows, factory);
		WidgetIds.name(editor, editorId(target.id()));
		editor.setToolTipText(editorTooltip(description));
		if (editor.getLayoutData() == null) {
			GridDataFactory.fillDefaults().grab(true, false).hint(MINIMUM_WIDTH, SWT.DEFAULT).applyTo(editor);
		}
		factory.createLabel(rows, ""); //$NON-NLS-1$
		hintText = shortHint(description);
		hint = WidgetIds.name(factory.createLabel(rows, hintText, SWT.WRAP), hintId(target.id()));
		hint.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.DECORATIONS_COLOR));
		GridDataFactory.fillDefaults().grab(true, false).hint(MINIMUM_WIDTH, SWT.DEFAULT).applyTo(hint);
		refresh();
	}

	/** The first sentence of a description: the rest is in the tooltip. */
	private static String shortHint(String description) {
		if (description == null) {
			return ""; //$NON-NLS-1$
		}
		String text = description.strip();
		int end = text.indexOf(". "); //$NON-NLS-1$
		return end < 0 ? text : text.substring(0, end + 1);
	}

	/** The tooltip of the editing widget: the property's description, and what else the widget needs said. */
	protected String editorTooltip(String description) {
		return description;
	}

	/** Creates the widget that shows and edits the value, in the second column. */
	protected abstract Control createEditor(Composite parent, TabbedPropertySheetWidgetFactory factory);

	/** Shows the model's current value. */
	abstract void refresh();

	/** Sets the property, through its descriptor, unless the value is already the model's. */
	protected final void apply(Object value) {
		if (!Objects.equals(value, target.value())) {
			target.set(value);
		}
	}

	protected final void showProblem(String problem) {
		hint.setText(problem);
		hint.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR));
		hint.getParent().layout(true);
		if (statusLine != null) {
			statusLine.setErrorMessage(problem);
		}
	}

	protected final void clearProblem() {
		if (hint.getText().equals(hintText)) {
			return;
		}
		hint.setText(hintText);
		hint.setForeground(JFaceResources.getColorRegistry().get(JFacePreferences.DECORATIONS_COLOR));
		hint.getParent().layout(true);
		if (statusLine != null) {
			statusLine.setErrorMessage(null);
		}
	}
}
