package org.civitas.portfolio.ui.editor;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the portfolio editor. */
final class Messages extends NLS {

	public static String PortfolioEditor_notAFile;
	public static String PortfolioEditor_problemPage;
	public static String PortfolioEditor_reading;
	public static String PortfolioEditor_readingPage;
	public static String PortfolioEditor_modelPage;
	public static String PortfolioEditor_cannotOpen;
	public static String PortfolioEditor_fileUntouched;
	public static String PortfolioEditor_openAsText;
	public static String PortfolioEditor_saveFailedTitle;
	public static String PortfolioEditor_saveFailed;
	public static String PortfolioEditor_changedTitle;
	public static String ModelTreePage_rename;
	public static String ModelTreePage_filterHint;
	public static String OverviewPage_title;
	public static String OverviewPage_emptyPortfolio;
	public static String OverviewPage_emptyToModelPage;
	public static String OverviewPage_emptyToServiceMap;
	public static String OverviewPage_noServiceMapTitle;
	public static String OverviewPage_noServiceMap;
	public static String OverviewPage_services;
	public static String OverviewPage_costs;
	public static String OverviewPage_businessCases;
	public static String OverviewPage_name;
	public static String OverviewPage_npv;
	public static String OverviewPage_irr;
	public static String OverviewPage_payback;
	public static String OverviewPage_discountedPayback;
	public static String OverviewPage_roi;
	public static String OverviewPage_topRisks;
	public static String OverviewPage_level;
	public static String OverviewPage_levelAndScore;
	public static String OverviewPage_residual;
	public static String OverviewPage_mitigations;
	public static String OverviewPage_costLine;
	public static String OverviewPage_savings;
	public static String OverviewPage_noComparison;
	public static String OverviewPage_none;
	public static String OverviewPage_never;
	public static String OverviewPage_years;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
