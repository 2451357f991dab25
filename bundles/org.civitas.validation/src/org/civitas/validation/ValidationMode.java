package org.civitas.validation;

/** When a rule runs. */
public enum ValidationMode {

	/** After each edit, on the elements it affected: the rule must be cheap and local. */
	LIVE,
	/** On demand, over the whole model: from the Validate action, a build, or the command line. */
	BATCH
}
