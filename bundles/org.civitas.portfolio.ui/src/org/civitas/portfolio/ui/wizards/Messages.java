package org.civitas.portfolio.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the portfolio wizards. */
final class Messages extends NLS {

	public static String NewPortfolioWizard_title;
	public static String NewPortfolioWizard_fileTitle;
	public static String NewPortfolioWizard_fileDescription;
	public static String NewPortfolioWizard_defaultFileName;
	public static String NewPortfolioWizard_failedTitle;
	public static String NewPortfolioWizard_failed;
	public static String StartingPointPage_title;
	public static String StartingPointPage_description;
	public static String StartingPointPage_empty;
	public static String StartingPointPage_name;
	public static String StartingPointPage_defaultName;
	public static String StartingPointPage_jurisdiction;
	public static String StartingPointPage_currency;
	public static String StartingPointPage_discountRate;
	public static String StartingPointPage_fiscalYearStart;
	public static String StartingPointPage_example;
	public static String StartingPointPage_nameMissing;
	public static String StartingPointPage_currencyInvalid;
	public static String StartingPointPage_exampleMissing;
	public static String NewCivitasProjectWizard_title;
	public static String NewCivitasProjectWizard_pageTitle;
	public static String NewCivitasProjectWizard_pageDescription;
	public static String NewCivitasProjectWizard_failedTitle;
	public static String NewCivitasProjectWizard_failed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
