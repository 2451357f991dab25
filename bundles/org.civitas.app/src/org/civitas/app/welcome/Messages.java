package org.civitas.app.welcome;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.civitas.app.welcome.messages"; //$NON-NLS-1$
	public static String Welcome_title;
	public static String Welcome_summary;
	public static String Welcome_start;
	public static String Welcome_example;
	public static String Welcome_exampleDescription;
	public static String Welcome_create;
	public static String Welcome_createDescription;
	public static String Welcome_tour;
	public static String Welcome_tourDescription;
	public static String Welcome_boardGuide;
	public static String Welcome_boardGuideDescription;
	public static String Welcome_recent;
	public static String Welcome_recentDescription;
	public static String Welcome_exampleFailed;
	public static String Welcome_exampleMissing;
	public static String Welcome_openFailed;
	public static String Welcome_commandFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
