package org.civitas.ui.emf.properties;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor.ValueHandler;
import org.eclipse.osgi.util.NLS;

/**
 * Values of any other data type, converted and checked by the descriptor's EMF.Edit value
 * handler, which knows the data type's own syntax and constraints.
 */
final class DataTypeConverter implements TextConverter {

	private final ValueHandler handler;

	DataTypeConverter(ValueHandler handler) {
		this.handler = handler;
	}

	@Override
	public String toText(Object value) {
		return value == null ? "" : handler.toString(value); //$NON-NLS-1$
	}

	@Override
	public String problemWith(String text) {
		String problem;
		try {
			problem = handler.isValid(text);
		} catch (RuntimeException e) {
			problem = e.getMessage();
		}
		return problem == null ? null : NLS.bind(Messages.invalidValue, text, problem);
	}

	@Override
	public Object toValue(String text) {
		return handler.toValue(text);
	}
}
