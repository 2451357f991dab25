package org.civitas.ui.emf.properties;

import org.eclipse.osgi.util.NLS;

/** The texts the Properties view support shows; {@link java.text.MessageFormat} fills the patterns. */
final class Messages extends NLS {

	public static String generalTab;
	public static String allTab;
	public static String noValue;
	public static String multipleElements;
	public static String valueRequired;
	public static String notAWholeNumber;
	public static String wholeNumberOutOfRange;
	public static String notANumber;
	public static String numberOutOfRange;
	public static String notADate;
	public static String invalidValue;
	public static String editValuesButton;
	public static String editValuesTooltip;
	public static String applyMultiLineHint;
	public static String multiLineDialogTitle;
	public static String valuesDialogTitle;
	public static String valuesDialogChoices;
	public static String valuesDialogValues;
	public static String valuesDialogFilter;
	public static String valuesDialogNewValue;
	public static String valueAlreadyPresent;
	public static String valuesDialogAdd;
	public static String valuesDialogRemove;
	public static String valuesDialogUp;
	public static String valuesDialogDown;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
