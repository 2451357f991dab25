package org.civitas.diagram.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the diagram wizards. */
final class Messages extends NLS {

	public static String NewDiagramWizard_title;
	public static String NewDiagramWizard_unreadable;
	public static String NewDiagramWizard_failedTitle;
	public static String NewDiagramWizard_failed;
	public static String NewDiagramPage_title;
	public static String NewDiagramPage_description;
	public static String NewDiagramPage_model;
	public static String NewDiagramPage_kind;
	public static String NewDiagramPage_kindOn;
	public static String NewDiagramPage_name;
	public static String NewDiagramPage_noModels;
	public static String NewDiagramPage_chooseModel;
	public static String NewDiagramPage_emptyModel;
	public static String NewDiagramPage_noKinds;
	public static String NewDiagramPage_noName;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
