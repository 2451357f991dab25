package org.civitas.ui.emf.properties;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor.ValueHandler;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor.ValueHandlerProvider;

/** Chooses the text conversion of a property from the type of its attribute. */
final class TextConverters {

	private TextConverters() {
	}

	/**
	 * The conversion of the property's value, or of each of its values when it is multi-valued.
	 * Empty text means "no value" where the model accepts none: for wrapper types and for
	 * properties that can be unset.
	 */
	static TextConverter forProperty(PropertyTarget target) {
		if (!(target.feature() instanceof EAttribute attribute)) {
			return new StringConverter(false);
		}
		boolean emptyIsNoValue = !target.isMany() && (target.isUnsettable() || acceptsNull(attribute.getEAttributeType()));
		TextConverter converter = forType(attribute.getEAttributeType(), target);
		if (converter instanceof StringConverter) {
			return new StringConverter(!target.isMany() && target.isUnsettable());
		}
		return emptyIsNoValue ? new OptionalValueConverter(converter) : converter;
	}

	private static TextConverter forType(EDataType type, PropertyTarget target) {
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == String.class) {
			return new StringConverter(false);
		}
		if (instanceClass == int.class || instanceClass == Integer.class) {
			return NumberConverter.wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE, BigInteger::intValueExact);
		}
		if (instanceClass == long.class || instanceClass == Long.class) {
			return NumberConverter.wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE, BigInteger::longValueExact);
		}
		if (instanceClass == short.class || instanceClass == Short.class) {
			return NumberConverter.wholeNumber(Short.MIN_VALUE, Short.MAX_VALUE, BigInteger::shortValueExact);
		}
		if (instanceClass == byte.class || instanceClass == Byte.class) {
			return NumberConverter.wholeNumber(Byte.MIN_VALUE, Byte.MAX_VALUE, BigInteger::byteValueExact);
		}
		if (instanceClass == BigInteger.class) {
			return NumberConverter.bigInteger();
		}
		if (instanceClass == double.class || instanceClass == Double.class) {
			return NumberConverter.decimal(Double::valueOf, value -> ((Double) value).isInfinite());
		}
		if (instanceClass == float.class || instanceClass == Float.class) {
			return NumberConverter.decimal(Float::valueOf, value -> ((Float) value).isInfinite());
		}
		if (instanceClass == BigDecimal.class) {
			return NumberConverter.bigDecimal();
		}
		if (instanceClass == Date.class) {
			return new DateConverter();
		}
		ValueHandler handler = target.descriptor() instanceof ValueHandlerProvider handlers
				? handlers.getValueHandler(target.element())
				: null;
		return handler == null ? new StringConverter(false) : new DataTypeConverter(handler);
	}

	private static boolean acceptsNull(EDataType type) {
		Class<?> instanceClass = type.getInstanceClass();
		return instanceClass != null && !instanceClass.isPrimitive();
	}
}
