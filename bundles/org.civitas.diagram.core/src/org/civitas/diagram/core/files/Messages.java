package org.civitas.diagram.core.files;

import java.text.MessageFormat;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the representation files. */
final class Messages extends NLS {

	public static String RepresentationFiles_unreadable;
	public static String RepresentationFiles_notRepresentation;
	public static String RepresentationFiles_noModel;
	public static String RepresentationFiles_modelOutside;
	public static String RepresentationResource_nodeRepaired;
	public static String RepresentationResource_edgeRepaired;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}

	static String format(String pattern, Object... arguments) {
		return MessageFormat.format(pattern, arguments);
	}
}
