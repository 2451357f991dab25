package org.civitas.ui.emf.properties;

import java.util.Objects;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * A property of the Properties view over an EMF.Edit item property descriptor: its name,
 * category, description, filter flags and value labels come from EMF.Edit, and its cell editor
 * suits the property's type. Read-only properties get no cell editor.
 */
final class EmfPropertyDescriptor implements IPropertyDescriptor {

	private final PropertyTarget target;
	private final ILabelProvider labelProvider;

	EmfPropertyDescriptor(PropertyTarget target) {
		this.target = target;
		this.labelProvider = new PropertyValueLabelProvider(target.labels());
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return switch (EditorKind.of(target)) {
		case READ_ONLY -> null;
		case TEXT -> new ConvertingTextCellEditor(parent, TextConverters.forProperty(target));
		case MULTI_LINE_TEXT -> new MultiLineTextCellEditor(parent, target.displayName());
		case CHOICE -> new ChoiceCellEditor(parent, PropertyChoices.of(target, labelProvider), labelProvider);
		case VALUES -> new ValuesCellEditor(parent, target, labelProvider);
		};
	}

	@Override
	public String getCategory() {
		return target.category();
	}

	@Override
	public String getDescription() {
		return target.description();
	}

	@Override
	public String getDisplayName() {
		return target.displayName();
	}

	@Override
	public String[] getFilterFlags() {
		return target.descriptor().getFilterFlags(target.element());
	}

	@Override
	public Object getHelpContextIds() {
		return target.descriptor().getHelpContextIds(target.element());
	}

	@Override
	public Object getId() {
		return target.id();
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return labelProvider;
	}

	/**
	 * Properties of several selected elements are edited together when they are the same
	 * feature, which EMF.Edit's own descriptors do not claim for one another.
	 */
	@Override
	public boolean isCompatibleWith(IPropertyDescriptor another) {
		if (!(another instanceof EmfPropertyDescriptor other) || !Objects.equals(getId(), other.getId())) {
			return false;
		}
		Object feature = target.feature();
		return feature != null && Objects.deepEquals(feature, other.target.feature())
				|| target.descriptor().isCompatibleWith(target.element(), other.target.element(), other.target.descriptor());
	}
}
