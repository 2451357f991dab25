package org.civitas.portfolio.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the portfolio wizards. */
final class Messages extends NLS {

	public static String BoardPackWizard_title;
	public static String BoardPackWizard_notAPortfolio;
	public static String BoardPackWizard_failed;
	public static String BoardPackWizard_noBrowser;
	public static String BoardPackWizard_writing;
	public static String BoardPackPage_title;
	public static String BoardPackPage_profile;
	public static String BoardPackPage_profileHint;
	public static String BoardPackPage_browseProfile;
	public static String BoardPackPage_noSuchProfile;
	public static String BoardPackPage_description;
	public static String BoardPackPage_model;
	public static String BoardPackPage_sections;
	public static String BoardPackPage_sectionAndStrategies;
	public static String BoardPackPage_format;
	public static String BoardPackPage_html;
	public static String BoardPackPage_pdf;
	public static String BoardPackPage_paper;
	public static String BoardPackPage_target;
	public static String BoardPackPage_open;
	public static String BoardPackPage_noSections;
	public static String BoardPackPage_badTarget;
	public static String BoardPackPage_targetIsModel;
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
