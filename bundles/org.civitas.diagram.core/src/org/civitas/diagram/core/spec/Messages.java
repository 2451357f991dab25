package org.civitas.diagram.core.spec;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the specification checker. */
final class Messages extends NLS {

	public static String SpecificationProblem_error;
	public static String SpecificationProblem_warning;
	public static String SpecificationProblem_fileError;
	public static String SpecificationProblem_fileWarning;
	public static String Checker_abstractCreation;
	public static String Checker_ambiguousClass;
	public static String Checker_badColour;
	public static String Checker_duplicateMapping;
	public static String Checker_duplicateName;
	public static String Checker_emptyAxis;
	public static String Checker_groupMemberCandidates;
	public static String Checker_groupMemberClass;
	public static String Checker_mappingElsewhere;
	public static String Checker_iconNotPng;
	public static String Checker_missingIcon;
	public static String Checker_navigateList;
	public static String Checker_navigateValue;
	public static String Checker_navigationClass;
	public static String Checker_noDomainClass;
	public static String Checker_noSourceFinder;
	public static String Checker_notContainment;
	public static String Checker_notCrossReference;
	public static String Checker_notPositive;
	public static String Checker_notTextAttribute;
	public static String Checker_relationEdgeDomainClass;
	public static String Checker_unknownClass;
	public static String Checker_unknownFeature;
	public static String Checker_unknownNamespace;
	public static String Checker_unknownService;
	public static String Checker_unknownVariable;
	public static String Checker_wrongType;
	public static String Viewpoints_contributedProblem;
	public static String Viewpoints_notViewpoint;
	public static String Viewpoints_unreadableAt;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
