package org.civitas.emf.xmi;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of safe XMI files. */
final class Messages extends NLS {

	public static String SafeXmiResource_notADate;
	public static String SafeXmiResource_duplicateId;
	public static String LoadProblem_notALiteral;
	public static String LoadProblem_notANumber;
	public static String LoadProblem_notFinite;
	public static String LoadProblem_notABoolean;
	public static String LoadProblem_wrongElement;
	public static String LoadProblem_notValid;
	public static String LoadProblem_notUtf8;
	public static String LoadProblem_unreadable;
	public static String ModelVersion_unknownKind;
	public static String ModelVersion_empty;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
