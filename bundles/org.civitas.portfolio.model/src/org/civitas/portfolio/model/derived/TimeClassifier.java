package org.civitas.portfolio.model.derived;

import org.civitas.portfolio.model.TimeClassification;

/**
 * The TIME classification of a service from its functional and technical fit, each rated 1
 * (poor) to 5 (excellent): a fit of 3 or more counts as adequate. Invest when both are
 * adequate, migrate when only the functional fit is (the function is right, the technology
 * is not), tolerate when only the technical fit is, eliminate when neither is.
 */
public final class TimeClassifier {

	/** Lowest fit rating that counts as adequate. */
	public static final int ADEQUATE_FIT = 3;

	private TimeClassifier() {
	}

	/** {@link TimeClassification#UNCLASSIFIED} when either fit is not rated (outside 1-5). */
	public static TimeClassification classify(int functionalFit, int technicalFit) {
		if (!isRating(functionalFit) || !isRating(technicalFit)) {
			return TimeClassification.UNCLASSIFIED;
		}
		boolean functional = functionalFit >= ADEQUATE_FIT;
		boolean technical = technicalFit >= ADEQUATE_FIT;
		if (functional) {
			return technical ? TimeClassification.INVEST : TimeClassification.MIGRATE;
		}
		return technical ? TimeClassification.TOLERATE : TimeClassification.ELIMINATE;
	}

	private static boolean isRating(int value) {
		return value >= 1 && value <= 5;
	}
}
