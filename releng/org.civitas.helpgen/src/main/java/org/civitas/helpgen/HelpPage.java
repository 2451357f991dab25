package org.civitas.helpgen;

import java.util.List;
import java.util.Set;

/** A guide rendered as a help page, with what the table of contents and the checks need. */
record HelpPage(String title, String html, List<Section> sections, Set<String> anchors) {

	/** A second-level heading: a topic of its own in the table of contents. */
	record Section(String label, String anchor) {
	}

	/** Where the page of a guide is written, relative to {@code help/}. */
	static String htmlPath(String guide) {
		return guide.substring(0, guide.length() - ".md".length()) + ".html"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
