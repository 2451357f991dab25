package org.civitas.cli;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the command line. */
final class Messages extends NLS {

	public static String CivitasCommands_usage;
	public static String CivitasCommands_unknownCommand;
	public static String CivitasCommands_unknownCommandNearest;
	public static String CivitasCommands_outOfMemory;
	public static String CivitasCommands_unexpected;
	public static String CivitasCommands_noDetails;
	public static String CivitasCommand_tooSmall;
	public static String Product_version;
	public static String Product_platform;
	public static String InputFiles_standardInput;
	public static String InputFiles_notFound;
	public static String InputFiles_notAFile;
	public static String InputFiles_unreadable;
	public static String InputFiles_outputIsInput;
	public static String ExportCommand_outputNotAFolder;
	public static String PortfolioFiles_empty;
	public static String PortfolioFiles_notAPortfolio;
	public static String PortfolioFiles_notSaved;
	public static String InfoCommand_title;
	public static String InfoCommand_settings;
	public static String InfoCommand_servicesByLifecycle;
	public static String InfoCommand_risksByLevel;
	public static String InfoCommand_elements;
	public static String FinanceCommand_title;
	public static String FinanceCommand_noCases;
	public static String FinanceCommand_rate;
	public static String FinanceCommand_npv;
	public static String FinanceCommand_irr;
	public static String FinanceCommand_simplePayback;
	public static String FinanceCommand_discountedPayback;
	public static String FinanceCommand_roi;
	public static String FinanceCommand_undefined;
	public static String FinanceCommand_years;
	public static String FinanceCommand_notPaidBack;
	public static String GenerateCommand_tooLarge;
	public static String GenerateCommand_done;
	public static String BenchmarkCommand_header;
	public static String ValidateCommand_title;
	public static String ValidateCommand_defaultProfile;
	public static String ValidateCommand_failed;
	public static String ValidateCommand_badSeverity;
	public static String OutputFiles_cannotWrite;
	public static String RulesCommand_badFormat;
	public static String RuleCatalogue_textHeading;
	public static String RuleCatalogue_counts;
	public static String RuleCatalogue_ruleDefaults;
	public static String RuleCatalogue_underProfile;
	public static String RuleCatalogue_textFacts;
	public static String RuleCatalogue_on;
	public static String RuleCatalogue_off;
	public static String RuleCatalogue_offByDefault;
	public static String RuleCatalogue_changedSeverity;
	public static String RuleCatalogue_noStrategies;
	public static String RuleCatalogue_markdownTitle;
	public static String RuleCatalogue_severities;
	public static String RuleCatalogue_rule;
	public static String RuleCatalogue_title;
	public static String RuleCatalogue_severity;
	public static String RuleCatalogue_runs;
	public static String RuleCatalogue_strategies;
	public static String ImportCommand_badFormat;
	public static String ImportCommand_emptyFolder;
	public static String ImportCommand_unknownFormat;
	public static String ImportCommand_mappingWritten;
	public static String ImportCommand_noSuchList;
	public static String ImportCommand_validation;
	public static String ImportCommand_title;
	public static String ImportCommand_dryRunTitle;
	public static String ImportCommand_newModel;
	public static String ImportCommand_source;
	public static String ImportCommand_change;
	public static String ImportCommand_updatedRow;
	public static String ImportCommand_empty;
	public static String ImportCommand_deleted;
	public static String ImportCommand_note;
	public static String ImportCommand_problems;
	public static String ImportCommand_totals;
	public static String ImportCommand_nothingImported;
	public static String ReportCommand_badFormat;
	public static String ReportCommand_badPaper;
	public static String ReportCommand_unknownSection;
	public static String ReportCommand_written;
	public static String DiffCommand_badFormat;
	public static String DiffCommand_operands;
	public static String DiffCommand_gitHeader;
	public static String DiffCommand_none;
	public static String ExportCommand_badFormat;
	public static String ExportCommand_templateOfImages;
	public static String ExportCommand_tablesOfADiagram;
	public static String ExportCommand_tablesWritten;
	public static String ExportCommand_noDiagramKinds;
	public static String ExportCommand_written;
	public static String ExportCommand_node;
	public static String ExportCommand_edge;
	public static String ExportCommand_unknownMapping;
	public static String ExportCommand_missingElement;
	public static String ExportCommand_problem;
	public static String DiagramsCommand_listed;
	public static String DiagramsCommand_noKind;
	public static String DiagramsCommand_created;
	public static String DiagramSupport_unknownModelKind;
	public static String DiagramSupport_unreadableModel;
	public static String DiagramSupport_modelMissing;
	public static String DiagramSupport_noSuchFile;
	public static String DiagramSupport_rootMissing;
	public static String DiagramSupport_unknownDescription;
	public static String DiagramTimes_noDiagram;
	public static String DiagramTimes_tooManyEdges;
	public static String DiagramTimes_header;
	public static String DiagramTimes_sizes;
	public static String DiagramTimes_refresh;
	public static String ViewpointsCommand_viewpoint;
	public static String ViewpointsCommand_diagram;
	public static String ViewpointsCommand_errors;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
