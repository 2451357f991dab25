package org.civitas.report;

/** How a figure or a cell reads for a board: a colour and a word, never a colour alone. */
public enum Tone {
	/** Nothing to say. */
	NEUTRAL,
	/** On target, passed, low. */
	GOOD,
	/** Near a threshold, medium: worth a look. */
	WARNING,
	/** Past a threshold, failed, high: needs a decision. */
	ALARM
}
