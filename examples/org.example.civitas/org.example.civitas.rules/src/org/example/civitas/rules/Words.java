package org.example.civitas.rules;

import org.civitas.portfolio.edit.PortfolioLabels;
import org.eclipse.emf.common.util.Enumerator;

/** The words findings use for the model's values: those of the editor, placed inside a sentence. */
final class Words {

	private Words() {
	}

	/** "sunsetting" for {@code SUNSETTING}: the editor's label, lower case unless it starts with an acronym. */
	static String inSentence(Enumerator value) {
		String label = PortfolioLabels.enumLabel(value);
		boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
		return acronym || label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}
}
