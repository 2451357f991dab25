package org.civitas.interchange.spreadsheet;

/**
 * Keeps Apache POI's logging (Log4j's API, with no logging back end in the product) off the
 * console: without a back end, Log4j prints that it has none on the first use of POI, in the
 * middle of a command's output. Civitas reports what goes wrong with a file itself.
 */
final class PoiLogging {

	private static final String CONTEXT_FACTORY = "log4j2.loggerContextFactory"; //$NON-NLS-1$
	private static final String SIMPLE_LEVEL = "org.apache.logging.log4j.simplelog.level"; //$NON-NLS-1$

	static {
		// A person who configures Log4j on the command line keeps their choice.
		if (System.getProperty(CONTEXT_FACTORY) == null) {
			System.setProperty(CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"); //$NON-NLS-1$
			System.setProperty(SIMPLE_LEVEL, "OFF"); //$NON-NLS-1$
		}
	}

	private PoiLogging() {
	}

	/** Call before the first use of POI. */
	static void quiet() {
		// The work is done once, by the class initializer.
	}
}
