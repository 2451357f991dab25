package org.civitas.ui.emf.properties;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;

/** The kind of editor a property needs, from what its item property descriptor says of it. */
enum EditorKind {

	/** The property cannot be set: its value is shown, not edited. */
	READ_ONLY,
	/** A line of text: strings, numbers, dates and other data types written as text. */
	TEXT,
	/** Text of several lines. */
	MULTI_LINE_TEXT,
	/** One value out of a list: a single reference, an enumeration, a boolean. */
	CHOICE,
	/** Several values: a multi-valued reference or attribute. */
	VALUES;

	static EditorKind of(PropertyTarget target) {
		if (!target.canSet()) {
			return READ_ONLY;
		}
		if (target.isMany()) {
			return VALUES;
		}
		Object feature = target.feature();
		if (feature instanceof EReference || feature instanceof EReference[] || PropertyChoices.isBoolean(feature)
				|| target.descriptor().getChoiceOfValues(target.element()) != null) {
			return CHOICE;
		}
		if (target.descriptor().isMultiLine(target.element())) {
			return MULTI_LINE_TEXT;
		}
		// Text is safe for a property without a feature only when its value is text.
		return feature instanceof EAttribute || target.value() instanceof String ? TEXT : READ_ONLY;
	}
}
