package org.civitas.examples;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.FrameworkUtil;

/** The example portfolios shipped with Civitas, for wizards that start a new portfolio from one. */
public final class ExamplePortfolios {

	private ExamplePortfolios() {
	}

	/** The example {@code .portfolio} files, in the order of their file names. */
	public static List<URL> all() {
		Enumeration<URL> found = FrameworkUtil.getBundle(ExamplePortfolios.class)
				.findEntries(ExampleProjectInstaller.SOURCE_FOLDER, "*.portfolio", false); //$NON-NLS-1$
		List<URL> examples = found == null ? new ArrayList<>() : new ArrayList<>(Collections.list(found));
		examples.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		return examples;
	}
}
