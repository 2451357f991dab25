package org.civitas.portfolio.model.derived;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of derived values. */
final class Messages extends NLS {

	public static String BusinessCase_invalidFlows;
	public static String BusinessCase_severalRates;
	public static String BusinessCase_noFlows;
	public static String BusinessCase_noSignChange;
	public static String BusinessCase_noRateInRange;
	public static String BusinessCase_negativePeriod;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
